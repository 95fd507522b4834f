using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// Less common ways an abstract names its contribution (DESIGN 2): "its greedy variant, X", "we refer
/// to … as the X", "we extend X to Y", "a … dataset MCMD", and an acronym that spells out the
/// capitalised words before it even when a preposition stands between them.
/// </summary>
public static partial class AliasMiner
{
    private static readonly string[] VariantNouns = { "variant", "extension", "version" };

    /// <summary>True when the cue at tokens[i] named something (and it was added to <paramref name="found"/>).</summary>
    private static bool TryNamingPhrase(List<Token> tokens, int sentenceStart, int i, List<string> found, string title)
    {
        var t = tokens[i].Text;

        // "and its greedy variant, Diffusion Tree Search (DTS^star), performs …".
        if (t is "its" or "Its")
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
            {
                if (tokens[k].Text == ",")
                {
                    if (k > i + 1 && IsOneOf(tokens[k - 1].Text, VariantNouns) && k + 1 < tokens.Count && IsCapitalised(tokens[k + 1]))
                    {
                        TakeName(tokens, k + 1, found, parenSearch: false, afterNamingWord: true);
                        return true;
                    }

                    break;
                }

                if (tokens[k].IsPunctuation)
                {
                    break;
                }
            }

            return false;
        }

        // "We refer the resulting Transformer model as the Ladder Transformer."
        if (t is "refer" or "refers" && HasSubject(tokens, sentenceStart, i))
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 12 && !tokens[k].IsSentenceEnd; k++)
            {
                if (tokens[k].Text == "as")
                {
                    var before = found.Count;
                    TakeName(tokens, k + 1, found, parenSearch: false, afterNamingWord: true);
                    return found.Count > before;
                }
            }

            return false;
        }

        // "we extend LASP-2 to LASP-2H by …": the extension's own name, when it is distinctive.
        if (t is "extend" or "extends" && HasSubject(tokens, sentenceStart, i))
        {
            for (var k = i + 1; k + 1 < tokens.Count && k <= i + 6 && !tokens[k].IsPunctuation; k++)
            {
                if (tokens[k].Text == "to")
                {
                    var name = tokens[k + 1];
                    var after = k + 2 < tokens.Count ? tokens[k + 2] : null;
                    if (!name.IsPunctuation && IsDistinctive(name.Text) && !string.Equals(name.Text, title, StringComparison.Ordinal)
                        && (after is null || after.IsPunctuation || IsFunctionWord(after.Text)))
                    {
                        Add(found, name.Text);
                        return true;
                    }

                    return false;
                }
            }
        }

        return false;
    }

    /// <summary>"dataset MCMD", "framework ZeCO": a contribution noun at <paramref name="at"/> and the distinctive name right after it; else null.</summary>
    private static string? NounAndName(List<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || !IsOneOf(tokens[at].Text, ContributionNouns))
        {
            return null;
        }

        var name = tokens[at + 1];
        var after = at + 2 < tokens.Count ? tokens[at + 2] : null;
        return !name.IsPunctuation && IsDistinctive(name.Text) && (after is null || after.IsPunctuation || IsFunctionWord(after.Text))
            ? name.Text
            : null;
    }

    /// <summary>
    /// The first "( ACRONYM )" of the clause after <paramref name="stop"/>, added when its letters spell
    /// out the words from the first capitalised word after <paramref name="at"/> to the parenthesis.
    /// </summary>
    private static void AddSpelledOutAcronymAhead(List<Token> tokens, int at, int stop, List<string> found)
    {
        var first = at;
        while (first < stop && !IsCapitalised(tokens[first]))
        {
            first++;
        }

        if (first == stop)
        {
            return;
        }

        for (var p = stop + 1; p < tokens.Count && p < at + 16; p++)
        {
            if (tokens[p].IsSentenceEnd || tokens[p].Text is ";" or ":" or ",")
            {
                return;
            }

            if (tokens[p].Text == "(")
            {
                var name = ParenthesisedName(tokens, p);
                if (name is not null && SpelledOut(string.Empty, tokens, first, p, AcronymLetters(name)) is not null)
                {
                    Add(found, name);
                }

                return;
            }
        }
    }

    /// <summary>"(2) Arxiv-QA, a novel academic paper QA task": a distinctive name the abstract calls novel.</summary>
    private static void AddNovelAppositions(List<Token> tokens, List<string> found)
    {
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i + 1].Text == "," && tokens[i + 2].Text is "a" or "an" && tokens[i + 3].Text == "novel"
                && !tokens[i].IsPunctuation && IsDistinctive(tokens[i].Text) && (i == 0 || !IsCapitalised(tokens[i - 1])))
            {
                Add(found, tokens[i].Text);
            }
        }
    }

    /// <summary>"Graph ViT/MLP-Mixer" names "Graph ViT" and "Graph MLP-Mixer" too.</summary>
    private static void AddSlashForms(List<string> found, string name)
    {
        var slash = name.IndexOf('/');
        if (slash < 0 || name.IndexOf('/', slash + 1) >= 0 || name.IndexOf(' ', slash) >= 0)
        {
            return;
        }

        var space = name.LastIndexOf(' ', slash);
        if (space < 0)
        {
            return;
        }

        var prefix = name.Substring(0, space + 1);
        var word = name.Substring(space + 1);
        foreach (var alternative in word.Split('/'))
        {
            if (alternative.Length > 0)
            {
                Add(found, prefix + alternative);
            }
        }
    }
}
