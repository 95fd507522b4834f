using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CitationLint.Corpus;

// LaTeX as bibliographies write it, to plain Unicode.
public static partial class BibTexReader
{
    /// <summary>
    /// The LaTeX subset bibliographies use, converted in one forward pass without recursion (a value
    /// of a million nested braces must not overflow the stack).
    /// </summary>
    private static class Latex
    {
        // \'e, \`a, \^o, \"o, \~n, \=a, \.z
        private static readonly Dictionary<char, char> SymbolAccents = new()
        {
            ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308',
            ['~'] = '\u0303', ['='] = '\u0304', ['.'] = '\u0307',
        };

        // \c{c}, \v{s}, \u{g}, \H{o}, \k{a}, \r{a}, \d{a}, \b{a}
        private static readonly Dictionary<string, char> LetterAccents = new(StringComparer.Ordinal)
        {
            ["c"] = '\u0327', ["v"] = '\u030C', ["u"] = '\u0306', ["H"] = '\u030B',
            ["k"] = '\u0328', ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331',
        };

        // What an accent with an empty argument (\'{} or \~{}) prints: the accent alone.
        private static readonly Dictionary<char, char> SpacingAccents = new()
        {
            ['\u0301'] = '\u00B4', ['\u0300'] = '`', ['\u0302'] = '^', ['\u0308'] = '\u00A8',
            ['\u0303'] = '~', ['\u0304'] = '\u00AF', ['\u0307'] = '\u02D9', ['\u030C'] = '\u02C7',
            ['\u0306'] = '\u02D8', ['\u030B'] = '\u02DD', ['\u0327'] = '\u00B8', ['\u0328'] = '\u02DB',
            ['\u030A'] = '\u02DA',
        };

        // Letter commands; like every control word they swallow the spaces after them (Bj\o rn).
        private static readonly Dictionary<string, string> SpecialLetters = new(StringComparer.Ordinal)
        {
            ["ss"] = "ß", ["SS"] = "SS", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ",
            ["oe"] = "œ", ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł",
            ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ",
            ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        };

        // Symbols, in and out of math. These keep the space after them, which the writer of a title
        // means ("\LaTeX is"), even though TeX would swallow it; TextCleaner collapses any excess.
        private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
        {
            ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε",
            ["varepsilon"] = "ε", ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ",
            ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ",
            ["omicron"] = "ο", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ", ["varrho"] = "ϱ",
            ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "φ",
            ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
            ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ",
            ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
            ["times"] = "×", ["cdot"] = "·", ["pm"] = "±", ["mp"] = "∓", ["leq"] = "≤", ["le"] = "≤",
            ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈", ["sim"] = "~",
            ["infty"] = "∞", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["Rightarrow"] = "⇒",
            ["leftrightarrow"] = "↔", ["ell"] = "ℓ", ["partial"] = "∂", ["nabla"] = "∇", ["sum"] = "∑",
            ["prod"] = "∏", ["int"] = "∫", ["sqrt"] = "√", ["in"] = "∈", ["subset"] = "⊂", ["cup"] = "∪",
            ["cap"] = "∩", ["forall"] = "∀", ["exists"] = "∃", ["emptyset"] = "∅", ["circ"] = "∘",
            ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["textellipsis"] = "…",
            ["textendash"] = "\u2013", ["textemdash"] = "\u2014",
            ["textquoteleft"] = "\u2018", ["textquoteright"] = "\u2019",
            ["textquotedblleft"] = "\u201C", ["textquotedblright"] = "\u201D",
            ["guillemotleft"] = "«", ["guillemotright"] = "»",
            ["copyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™",
            ["pounds"] = "£", ["euro"] = "€", ["textdegree"] = "°", ["S"] = "§", ["P"] = "¶",
            ["dag"] = "†", ["ddag"] = "‡", ["textbullet"] = "•", ["textperiodcentered"] = "·",
            ["textasciitilde"] = "~", ["textbackslash"] = "\\", ["textunderscore"] = "_",
            ["textasciicircum"] = "^", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">",
            ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["LaTeXe"] = "LaTeX2e",
        };

        // Commands whose argument is not text of the title: dropped with it.
        private static readonly HashSet<string> DroppedWithArgument = new(StringComparer.Ordinal)
        {
            "thanks", "footnote", "cite", "citep", "citet", "citealp", "nocite", "label", "ref", "eqref",
            "hspace", "vspace", "noopsort", "index",
        };

        // Formatting commands in math: dropped, their argument kept. Other unknown words in math are
        // operator names (\log, \max) and are kept as text.
        private static readonly HashSet<string> MathFormatting = new(StringComparer.Ordinal)
        {
            "mathrm", "mathbf", "mathit", "mathcal", "mathbb", "mathsf", "mathtt", "mathfrak", "mathscr",
            "boldsymbol", "bm", "text", "textrm", "textbf", "textit", "texttt", "textsf", "textsc", "emph",
            "mbox", "operatorname", "hat", "tilde", "bar", "vec", "overline", "underline", "widehat",
            "widetilde", "dot", "ddot", "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr",
            "Bigl", "Bigr", "displaystyle", "textstyle", "scriptstyle", "mathop", "mathbin", "mathrel",
            "limits", "nolimits", "quad", "qquad",
        };

        public static string ToUnicode(string latex)
        {
            if (latex.Length == 0)
            {
                return latex;
            }

            var sb = new StringBuilder(latex.Length);
            var math = false;
            var i = 0;
            var n = latex.Length;
            while (i < n)
            {
                var c = latex[i];
                switch (c)
                {
                    case '{':
                    case '}':
                        // Grouping ({MeZO} protects case from the style); it prints nothing.
                        i++;
                        break;
                    case '$':
                        math = !math;
                        i++;
                        break;
                    case '~':
                        sb.Append(' ');
                        i++;
                        break;
                    case '-':
                        var run = 1;
                        while (i + run < n && latex[i + run] == '-')
                        {
                            run++;
                        }

                        AppendDashes(sb, run);
                        i += run;
                        break;
                    case '`':
                        if (i + 1 < n && latex[i + 1] == '`')
                        {
                            sb.Append('\u201C');
                            i += 2;
                        }
                        else
                        {
                            sb.Append('\u2018');
                            i++;
                        }

                        break;
                    case '\'':
                        if (i + 1 < n && latex[i + 1] == '\'')
                        {
                            sb.Append('\u201D');
                            i += 2;
                        }
                        else
                        {
                            sb.Append('\'');
                            i++;
                        }

                        break;
                    case '\\':
                        i = Command(latex, i, sb, ref math);
                        break;
                    default:
                        sb.Append(c);
                        i++;
                        break;
                }
            }

            return NormalizeC(sb.ToString());
        }

        /// <summary>The command at <paramref name="i"/> (a backslash); returns the position after it.</summary>
        private static int Command(string latex, int i, StringBuilder sb, ref bool math)
        {
            var n = latex.Length;
            if (i + 1 >= n)
            {
                return n;
            }

            var c = latex[i + 1];
            if (IsAsciiLetter(c))
            {
                var j = i + 1;
                while (j < n && IsAsciiLetter(latex[j]))
                {
                    j++;
                }

                var name = latex.Substring(i + 1, j - i - 1);
                if (LetterAccents.TryGetValue(name, out var mark))
                {
                    return Accent(latex, SkipSpaces(latex, j), mark, sb);
                }

                if (SpecialLetters.TryGetValue(name, out var letter))
                {
                    sb.Append(letter);
                    return SkipSpaces(latex, j);
                }

                if (Symbols.TryGetValue(name, out var symbol))
                {
                    sb.Append(symbol);
                    return j;
                }

                if (DroppedWithArgument.Contains(name))
                {
                    return SkipArgument(latex, SkipOptional(latex, SkipSpaces(latex, j)));
                }

                if (name == "href")
                {
                    // \href{url}{text}: the URL is dropped, the text is read on.
                    return SkipArgument(latex, SkipSpaces(latex, j));
                }

                if (math && !MathFormatting.Contains(name))
                {
                    if (sb.Length > 0 && char.IsLetterOrDigit(sb[sb.Length - 1]))
                    {
                        sb.Append(' ');
                    }

                    sb.Append(name);
                }

                // Any other command (\textbf, \emph, \textsc, \mathrm …) prints its argument, which
                // the main loop reads on as ordinary text once the braces are dropped.
                return j;
            }

            if (SymbolAccents.TryGetValue(c, out var symbolMark))
            {
                return Accent(latex, SkipSpaces(latex, i + 2), symbolMark, sb);
            }

            switch (c)
            {
                case '&':
                case '%':
                case '$':
                case '#':
                case '_':
                case '{':
                case '}':
                    sb.Append(c);
                    break;
                case '\\':
                case ' ':
                case ',':
                case ';':
                case ':':
                case '\t':
                case '\n':
                case '\r':
                    sb.Append(' ');
                    break;
                case '!':
                case '/':
                case '-':
                case '@':
                    break;
                case '(':
                case '[':
                    math = true;
                    break;
                case ')':
                case ']':
                    math = false;
                    break;
                default:
                    sb.Append(c);
                    break;
            }

            return i + 2;
        }

        /// <summary>
        /// An accent whose argument starts at <paramref name="p"/>: a letter, <c>\i</c>/<c>\j</c>, or one
        /// of those in braces. Anything more complex drops the accent and is read on as text.
        /// </summary>
        private static int Accent(string latex, int p, char mark, StringBuilder sb)
        {
            var n = latex.Length;
            if (p < n && latex[p] == '{')
            {
                var q = SkipSpaces(latex, p + 1);
                if (q < n && latex[q] == '}')
                {
                    if (SpacingAccents.TryGetValue(mark, out var spacing))
                    {
                        sb.Append(spacing);
                    }

                    return q + 1;
                }

                if (TryBase(latex, q, out var inner, out var afterInner))
                {
                    var close = SkipSpaces(latex, afterInner);
                    if (close < n && latex[close] == '}')
                    {
                        sb.Append(inner).Append(mark);
                        return close + 1;
                    }
                }

                return p;
            }

            if (TryBase(latex, p, out var letter, out var after))
            {
                sb.Append(letter).Append(mark);
                return after;
            }

            return p;
        }

        /// <summary>A letter to accent; <c>\i</c> and <c>\j</c> become i and j so that í composes.</summary>
        private static bool TryBase(string latex, int q, out char letter, out int after)
        {
            letter = '\0';
            after = q;
            if (q >= latex.Length)
            {
                return false;
            }

            if (char.IsLetter(latex[q]))
            {
                letter = latex[q];
                after = q + 1;
                return true;
            }

            if (latex[q] == '\\' && q + 1 < latex.Length && (latex[q + 1] == 'i' || latex[q + 1] == 'j')
                && (q + 2 >= latex.Length || !IsAsciiLetter(latex[q + 2])))
            {
                letter = latex[q + 1];
                after = SkipSpaces(latex, q + 2);
                return true;
            }

            return false;
        }

        private static void AppendDashes(StringBuilder sb, int run)
        {
            for (; run >= 3; run -= 3)
            {
                sb.Append('\u2014');
            }

            if (run == 2)
            {
                sb.Append('\u2013');
            }
            else if (run == 1)
            {
                sb.Append('-');
            }
        }

        private static int SkipSpaces(string s, int p)
        {
            while (p < s.Length && char.IsWhiteSpace(s[p]))
            {
                p++;
            }

            return p;
        }

        /// <summary>Optional arguments <c>[…]</c>, looked for within a short distance so that "\cite[" repeated stays linear.</summary>
        private static int SkipOptional(string s, int p)
        {
            while (p < s.Length && s[p] == '[')
            {
                var limit = Math.Min(s.Length, p + 200);
                var close = -1;
                for (var k = p + 1; k < limit; k++)
                {
                    if (s[k] == ']')
                    {
                        close = k;
                        break;
                    }
                }

                if (close < 0)
                {
                    return p;
                }

                p = SkipSpaces(s, close + 1);
            }

            return p;
        }

        /// <summary>One argument: a balanced group (or the rest, if unbalanced), a command, or one character.</summary>
        private static int SkipArgument(string s, int p)
        {
            if (p >= s.Length)
            {
                return s.Length;
            }

            if (s[p] == '{')
            {
                var depth = 0;
                for (var k = p; k < s.Length; k++)
                {
                    if (s[k] == '{')
                    {
                        depth++;
                    }
                    else if (s[k] == '}' && --depth == 0)
                    {
                        return k + 1;
                    }
                }

                return s.Length;
            }

            if (s[p] == '\\' && p + 1 < s.Length)
            {
                var k = p + 1;
                while (k < s.Length && IsAsciiLetter(s[k]))
                {
                    k++;
                }

                return k == p + 1 ? p + 2 : k;
            }

            return p + 1;
        }

        /// <summary>Composes letter + combining accent into one character (o + ̈ → ö). Lone surrogates make Normalize throw; they are dropped.</summary>
        private static string NormalizeC(string text)
        {
            var ascii = true;
            foreach (var c in text)
            {
                if (c >= '\u0080')
                {
                    ascii = false;
                    break;
                }
            }

            if (ascii)
            {
                return text;
            }

            try
            {
                return text.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                var sb = new StringBuilder(text.Length);
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        sb.Append(c);
                    }
                }

                try
                {
                    return sb.ToString().Normalize(NormalizationForm.FormC);
                }
                catch (ArgumentException)
                {
                    return sb.ToString();
                }
            }
        }
    }
}
