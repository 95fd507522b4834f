using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

// The miner's tokens: words with the joiners names use, and single punctuation marks.
public static partial class AliasMiner
{
    private sealed class Token
    {
        public Token(string text, bool punctuation, bool sentenceEnd)
        {
            Text = text;
            IsPunctuation = punctuation;
            IsSentenceEnd = sentenceEnd;
        }

        public string Text { get; }

        public bool IsPunctuation { get; }

        public bool IsSentenceEnd { get; }
    }

    /// <summary>Words (letters, digits and the joiners - + * ^ ' of names) and single punctuation marks.</summary>
    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i)))
                {
                    i++;
                }

                var word = text.Substring(start, i - start).TrimEnd('-', '\'');
                if (word.EndsWith("'s", StringComparison.Ordinal))
                {
                    word = word.Substring(0, word.Length - 2);
                }

                tokens.Add(new Token(word, punctuation: false, sentenceEnd: false));
                continue;
            }

            // A full stop ends a sentence when followed by a space (not "e.g." inside a word).
            var end = (c == '.' || c == '?' || c == '!') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            tokens.Add(new Token(c.ToString(), punctuation: true, sentenceEnd: end));
            i++;
        }

        return tokens;
    }

    private static bool IsJoiner(string text, int i)
    {
        var c = text[i];
        if (c is '+' or '^' or '*')
        {
            return true;
        }

        // "ViT/MLP-Mixer": a slash between two names (not "algorithm/architecture").
        if (c == '/' && i > 0 && i + 1 < text.Length)
        {
            return char.IsLetterOrDigit(text[i - 1]) && char.IsUpper(text[i + 1]);
        }

        // '-' and '\'' join two word characters ("Sub-graph", "DPM-Solver"), '-' may also precede '+' etc.
        if ((c == '-' || c == '\'') && i + 1 < text.Length)
        {
            return char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '+';
        }

        return false;
    }
}
