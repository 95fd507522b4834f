using System;
using System.Collections.Generic;
using CitationLint.Corpus;

namespace CitationLint.Analyzers;

// Whether a cue's text is a paper reference at all, and the title runs free text may hold.
internal sealed partial class CommentScanner
{
    private sealed partial class Block
    {
        private bool LooksLikeReference(Range name, Range quoted)
        {
            if (quoted.Length > 0 && WordCount(quoted.Start, quoted.End) >= 1)
            {
                return true;
            }

            if (name.Length == 0 || name.Length > 200)
            {
                return false;
            }

            if (text[name.Start] == '#' || string.CompareOrdinal(text, name.Start, "http", 0, 4) == 0 || string.CompareOrdinal(text, name.Start, "www.", 0, 4) == 0)
            {
                // "Ref: #1234": an issue, not a paper; "see: https://mathworld.wolfram.com/…": a web page (a paper's URL is an identifier).
                return false;
            }

            if (text.IndexOf('[', name.Start, name.Length) is var bracket && bracket >= 0 && text.IndexOf('[', bracket + 1, name.End - bracket - 1) >= 0)
            {
                // "Reference: N[PDF[ChiDistribution[dof],x],20]": an expression, not a paper.
                return false;
            }

            var words = 0;
            var capitalised = 0;
            var distinctive = false;
            var i = name.Start;
            while (i < name.End)
            {
                while (i < name.End && !IsWordChar(text[i]))
                {
                    i++;
                }

                var s = i;
                while (i < name.End && IsWordChar(text[i]))
                {
                    i++;
                }

                if (i > s)
                {
                    words++;
                    var w = text.Substring(s, i - s);
                    if (char.IsUpper(w[0]) || char.IsDigit(w[0]) && HasLetter(w))
                    {
                        capitalised++;
                    }

                    distinctive |= AliasMiner.IsDistinctive(w.TrimEnd('.', ','));
                }
            }

            // A name ("MeZO", "Graph Mamba", "DPM-Solver++") or a title-cased title of four words or more;
            // a single letter ("the paper X") is a placeholder.
            return words > 0 && name.Length >= 2 && (words <= 3 && (distinctive || capitalised == words) || words >= 4 && capitalised * 2 >= words);
        }

        private static bool HasLetter(string w)
        {
            foreach (var c in w)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A name or an unquoted title after a cue: capitalised words, with lower-case function words
        /// and a colon between them ("Adam: A Method for Stochastic Optimization"); it ends at a
        /// comma, a full stop or any other word.
        /// </summary>
        private Range TitleRunAt(int s)
        {
            var e = s;
            var lastWordEnd = s;
            var i = s;
            var lineEnd = LineEndOf(s);
            while (i < lineEnd)
            {
                var w = i;
                while (w < lineEnd && IsWordChar(text[w]) && text[w] != '.')
                {
                    w++;
                }

                if (w == i)
                {
                    break;
                }

                var word = text.Substring(i, w - i);
                var capitalised = char.IsUpper(word[0]) || char.IsDigit(word[0]) || AliasMiner.IsDistinctive(word);
                if (!capitalised && !(lastWordEnd > s && IsTitleFunctionWord(word)))
                {
                    break;
                }

                if (capitalised)
                {
                    lastWordEnd = w;
                }

                e = w;
                i = w;
                if (i < lineEnd && text[i] == ':' && i + 1 < lineEnd && text[i + 1] == ' ')
                {
                    i++;
                }

                if (i < lineEnd && text[i] == ' ')
                {
                    i++;
                    continue;
                }

                break;
            }

            return Trim(new Range(s, lastWordEnd > s ? lastWordEnd : s));
        }

        private static bool IsTitleFunctionWord(string w)
            => w is "a" or "an" or "the" or "of" or "for" or "and" or "or" or "to" or "in" or "on" or "with" or "via" or "by" or "from" or "as" or "at" or "is" or "are";
    }
}
