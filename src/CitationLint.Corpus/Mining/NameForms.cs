using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// The other forms of a paper's own names (DESIGN 2): the spelled-out form of an acronym the
/// abstract introduces ("Adaptive Parallel Decoding (APD)"), the method phrase the title and the
/// abstract share ("… Using Lookahead Decoding" + "we propose lookahead decoding"), and the paper's
/// numbered variants of a name (<c>Medusa-1</c>, <c>Medusa-2</c>).
/// </summary>
public static partial class AliasMiner
{
    // Words that never make a phrase a name on their own: "Graph Neural Networks", "Language Models".
    private static readonly HashSet<string> FieldWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "graph", "graphs", "neural", "network", "networks", "language", "languages", "model", "models", "large", "deep", "learning",
        "attention", "transformer", "transformers", "diffusion", "inference", "training", "optimization", "method", "methods",
        "framework", "approach", "data", "algorithm", "algorithms", "decoding", "fine-tuning", "efficient", "scalable", "fast",
        "general", "simple", "new", "novel", "improved", "better", "multi-view", "reasoning", "generation", "adaptive",
    };

    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "of", "for", "with", "and", "in", "on", "to", "by", "via", "the", "from", "at",
    };

    private static readonly string[] ContributionNouns = { "contribution", "method", "approach", "framework", "model", "algorithm", "system", "solution", "technique", "architecture", "dataset", "benchmark", "strategy" };

    /// <summary>
    /// "a [simple|novel|…] architecture/framework/…, NAME": the comma after a described contribution
    /// noun at <paramref name="at"/> that a capitalised or distinctive name follows; else -1.
    /// </summary>
    private static int AppositionComma(List<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Text is not ("a" or "an" or "A" or "An"))
        {
            return -1;
        }

        for (var k = at + 1; k < tokens.Count && k <= at + 5; k++)
        {
            var w = tokens[k].Text;
            if (w == ",")
            {
                return IsOneOf(tokens[k - 1].Text, ContributionNouns) && k + 1 < tokens.Count && IsCapitalised(tokens[k + 1]) ? k : -1;
            }

            if (tokens[k].IsPunctuation || char.IsUpper(w[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Our [proposed] contribution/method/…," at <paramref name="at"/>: the index of the comma, else -1.</summary>
    private static int OurContributionComma(List<Token> tokens, int at)
    {
        for (var k = at + 1; k < tokens.Count && k <= at + 3; k++)
        {
            if (tokens[k].Text == ",")
            {
                return k > at + 1 && IsOneOf(tokens[k - 1].Text, ContributionNouns) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>For each alias introduced as "… (ALIAS)", the words before the parenthesis that spell it out.</summary>
    private static void AddSpelledOutForms(string title, List<Token> tokens, List<string> found)
    {
        var acronyms = found.ToArray();
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            // "SDIM (Sampling-based Deep Interest Modeling)": the spelled-out form in the parenthesis.
            if (tokens[i + 1].Text == "(" && Array.IndexOf(acronyms, tokens[i].Text) >= 0)
            {
                var close = i + 2;
                while (close < tokens.Count && close < i + 12 && !tokens[close].IsPunctuation)
                {
                    close++;
                }

                var inner = AcronymLetters(tokens[i].Text);
                if (close < tokens.Count && tokens[close].Text == ")" && inner.Length >= 2 && close > i + 3)
                {
                    var phrase = SpelledOut(title, tokens, i + 2, close, inner);
                    if (phrase is not null)
                    {
                        Add(found, phrase);
                    }
                }
            }
        }

        for (var i = 0; i + 4 < tokens.Count; i++)
        {
            // "We introduce PARD, a Permutation-invariant Auto Regressive Diffusion model that …".
            if (tokens[i + 1].Text == "," && tokens[i + 2].Text is "a" or "an" && Array.IndexOf(acronyms, tokens[i].Text) >= 0)
            {
                var letters = AcronymLetters(tokens[i].Text);
                string? longest = null;
                for (var e = i + 5; e <= tokens.Count && e <= i + 11 && !tokens[e - 1].IsPunctuation; e++)
                {
                    if (letters.Length >= 2 && IsCapitalised(tokens[e - 1]) && SpelledOut(title, tokens, i + 3, e, letters) is { } phrase)
                    {
                        longest = phrase;
                    }
                }

                if (longest is not null)
                {
                    Add(found, longest);
                }
            }
        }

        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text != "(" || tokens[i + 2].Text != ")" || Array.IndexOf(acronyms, tokens[i + 1].Text) < 0)
            {
                continue;
            }

            var letters = AcronymLetters(tokens[i + 1].Text);
            if (letters.Length < 2)
            {
                continue;
            }

            string? best = null, bestTitleForm = null;
            for (var s = i - 1; s >= 0 && s >= i - 8; s--)
            {
                if (tokens[s].IsPunctuation)
                {
                    break;
                }

                var phrase = SpelledOut(title, tokens, s, i, letters, out var titleForm);
                if (phrase is not null)
                {
                    best = phrase;
                    bestTitleForm = titleForm;
                }
            }

            if (best is not null)
            {
                Add(found, best);
                if (bestTitleForm is not null)
                {
                    Add(found, bestTitleForm);
                }
            }
        }
    }

    /// <summary>tokens[from, to) as the spelled-out form of <paramref name="letters"/>, in the casing it takes; null when it is not one.</summary>
    private static string? SpelledOut(string title, List<Token> tokens, int from, int to, string letters) => SpelledOut(title, tokens, from, to, letters, out _);

    private static string? SpelledOut(string title, List<Token> tokens, int from, int to, string letters, out string? titleForm)
    {
        titleForm = null;
        if (LinkWords.Contains(tokens[from].Text) || char.ToLowerInvariant(tokens[from].Text[0]) != letters[0])
        {
            return null;
        }

        // Every capitalised word gives the acronym a letter; one inner lower-case word may give none
        // ("Second-order Tweedie sampler from Surrogate Loss (STSL)").
        int content = 0, lower = 0, capitalised = 0;
        var text = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
        {
            var w = tokens[k].Text;
            if (LinkWords.Contains(w))
            {
                continue;
            }

            content++;
            if (!char.IsUpper(w[0]) && !char.IsDigit(w[0]))
            {
                lower += k == from || k == to - 1 ? 2 : 1;
            }
            else
            {
                capitalised++;
            }

            text.Append(w.ToLowerInvariant());
        }

        if (content < 2 || capitalised > letters.Length || content > letters.Length + 1 || !IsSubsequence(letters, text.ToString()) || LinkWords.Contains(tokens[to - 1].Text))
        {
            return null;
        }

        var phrase = Join(tokens, from, to);
        var inTitle = TitleSpan(title, tokens, from, to, wholeName: false);

        // Written as a name in the abstract: capitalised, but for one inner word ("Graph Inductive bias
        // Transformer"). The title's form, when it differs ("… Models" for "… Model"), is a name too.
        if (lower <= 1)
        {
            if (inTitle is not null && !string.Equals(inTitle, phrase, StringComparison.Ordinal))
            {
                titleForm = inTitle;
            }

            return phrase;
        }

        return inTitle;
    }

    /// <summary>After "we propose/introduce …": the longest run of the following words that the title holds, as the title writes it.</summary>
    private static void AddTitlePhrase(string title, List<Token> tokens, int at, List<string> found)
    {
        while (at < tokens.Count && tokens[at].Text is "a" or "an" or "the" or "A" or "An" or "The" or "novel" or "new" or "our" or "\"" or "'" or "\u201C")
        {
            at++;
        }

        var end = at;
        while (end < tokens.Count && end - at < 6 && !tokens[end].IsPunctuation && !IsFunctionWord(tokens[end].Text) && tokens[end].Text != "(")
        {
            end++;
        }

        // The whole noun phrase, no more and no less, must be a name of the title: "we propose
        // lookahead decoding, …" names the method; "a heterogeneity-adaptive sequence parallelism
        // method" describes one.
        if (end - at >= 2 && (end == tokens.Count || tokens[end].IsPunctuation || IsFunctionWord(tokens[end].Text)))
        {
            var span = TitleSpan(title, tokens, at, end, wholeName: true);
            if (span is null && end - at >= 3 && IsDistinctive(tokens[end - 1].Text))
            {
                // "we introduce Lookahead PArallel Decoding LoPA, …": the acronym follows without parentheses.
                end--;
                span = TitleSpan(title, tokens, at, end, wholeName: true);
            }

            if (span is not null && !AllFieldWords(tokens, at, end))
            {
                Add(found, span);
            }
        }
    }

    /// <summary>Numbered or named variants of a name that the abstract uses: "Medusa-1", "Medusa-2", "dKV-Cache-Decode".</summary>
    private static void AddVariants(List<Token> tokens, List<string> found)
    {
        var names = found.ToArray();
        foreach (var t in tokens)
        {
            if (t.IsPunctuation)
            {
                continue;
            }

            foreach (var name in names)
            {
                if (t.Text.Length > name.Length + 1 && t.Text.StartsWith(name, StringComparison.Ordinal) && t.Text[name.Length] == '-'
                    && IsVariantSuffix(t.Text, name.Length + 1))
                {
                    Add(found, t.Text);
                }
            }
        }
    }

    private static bool IsVariantSuffix(string s, int from)
    {
        var allDigits = true;
        for (var k = from; k < s.Length; k++)
        {
            if (s[k] == '-')
            {
                return false;
            }

            allDigits &= char.IsDigit(s[k]);
        }

        return allDigits || char.IsUpper(s[from]);
    }

    /// <summary>
    /// The words tokens[from, to) found in the title as consecutive words (any case; the last word may
    /// differ by a plural 's'), written as the title writes them, when the title capitalises them.
    /// With <paramref name="wholeName"/>, the span must also end where the title's name ends: not
    /// before another capitalised word ("Kronecker Attention" of "Kronecker Attention Networks").
    /// </summary>
    private static string? TitleSpan(string title, List<Token> tokens, int from, int to, bool wholeName)
    {
        var words = Tokenize(title);

        // Compared part by part, so that a hyphen and a space are one ("message-passing network" is
        // "Message Passing Network"); a match starts and ends on whole title words.
        var want = new List<string>();
        for (var k = from; k < to; k++)
        {
            want.AddRange(tokens[k].Text.Split('-'));
        }

        var parts = new List<string>();
        var owner = new List<int>();
        for (var w = 0; w < words.Count; w++)
        {
            var pieces = words[w].Text.Split('-');
            foreach (var piece in pieces)
            {
                parts.Add(piece);
                owner.Add(w);
            }
        }

        var n = want.Count;
        for (var s = 0; s + n <= parts.Count; s++)
        {
            if (s > 0 && owner[s - 1] == owner[s] || s + n < parts.Count && owner[s + n] == owner[s + n - 1])
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < n && match; k++)
            {
                match = k == n - 1 ? SameWordOrPlural(parts[s + k], want[k]) : string.Equals(parts[s + k], want[k], StringComparison.OrdinalIgnoreCase);
            }

            if (!match)
            {
                continue;
            }

            int first = owner[s], last = owner[s + n - 1];
            for (var k = first; k <= last; k++)
            {
                var w = words[k].Text;
                if (!LinkWords.Contains(w) && !char.IsUpper(w[0]) && !char.IsDigit(w[0]))
                {
                    return null;
                }
            }

            if (wholeName && IsNameWord(words, last + 1))
            {
                continue;
            }

            return Join(words, first, last + 1);
        }

        return null;
    }

    /// <summary>A capitalised title word at <paramref name="at"/> that would carry a name on (not a link word, not the title's first word).</summary>
    private static bool IsNameWord(List<Token> words, int at)
        => at > 0 && at < words.Count && !words[at].IsPunctuation && !LinkWords.Contains(words[at].Text) && char.IsUpper(words[at].Text[0]);

    private static bool SameWordOrPlural(string a, string b)
        => string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || a.Length == b.Length + 1 && a[a.Length - 1] == 's' && a.StartsWith(b, StringComparison.OrdinalIgnoreCase)
        || b.Length == a.Length + 1 && b[b.Length - 1] == 's' && b.StartsWith(a, StringComparison.OrdinalIgnoreCase);

    private static bool AllFieldWords(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!FieldWords.Contains(tokens[k].Text) && !LinkWords.Contains(tokens[k].Text) && !IsGeneric(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The letters of an acronym, lower case, without a plural 's' ("PR-MPNNs" → "prmpnn").</summary>
    private static string AcronymLetters(string acronym)
    {
        var end = acronym.Length;
        if (end > 2 && acronym[end - 1] == 's' && char.IsUpper(acronym[end - 2]))
        {
            end--;
        }

        var sb = new System.Text.StringBuilder();
        for (var k = 0; k < end; k++)
        {
            if (char.IsLetter(acronym[k]))
            {
                sb.Append(char.ToLowerInvariant(acronym[k]));
            }
            else if (acronym[k] is '2' or '3' && sb.Length > 0 && k > 0 && char.IsLetter(acronym[k - 1]))
            {
                // "D2F": discrete diffusion forcing.
                sb.Append(sb[sb.Length - 1], acronym[k] - '1');
            }
            else if (acronym[k] == '^' && sb.Length > 0)
            {
                // "S^3": three words in s; "DTS^star", "LightHGNN^+": a mark after the letters, not letters.
                if (k + 1 < end && acronym[k + 1] is '2' or '3')
                {
                    sb.Append(sb[sb.Length - 1], acronym[k + 1] - '1');
                }

                break;
            }
        }

        return sb.ToString();
    }

    private static bool IsSubsequence(string needle, string hay)
    {
        var j = 0;
        for (var k = 0; k < hay.Length && j < needle.Length; k++)
        {
            if (hay[k] == needle[j])
            {
                j++;
            }
        }

        return j == needle.Length;
    }
}
