using System;
using System.Collections.Generic;

namespace CitationLint.Cli.Check;

/// <summary>
/// A set of names, each looked for in a text as a whole word: a run of identifier characters (letters,
/// digits, <c>_</c>, and past ASCII what C# takes in an identifier) that nothing of the same kind
/// touches on either side.
/// </summary>
/// <remarks>
/// PERF: one vectorised multi-string search of the text for where any name starts, and the word
/// there looked up in a set, instead of one search of the text per name: the names are those around
/// every citation attribute of the set (77 attributes on the generated tree), and searching each of
/// its 608 unparsed files once per name was about a tenth of <c>check</c>'s CPU samples, growing with
/// the names times the files.
/// A name that is not itself one run of identifier characters (an option's attribute name may be
/// anything) can never be a whole run, so it is searched for on its own, with the same test either side.
/// </remarks>
internal sealed class WholeWords
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private readonly System.Buffers.SearchValues<string>? starts;

    private readonly List<string> others = new();

    public WholeWords(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                continue;
            }

            if (!IsOneRun(name))
            {
                others.Add(name);
                continue;
            }

            words.Add(name);
        }

        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.Count > 0)
        {
            var all = new string[words.Count];
            words.CopyTo(all);
            starts = System.Buffers.SearchValues.Create(all, StringComparison.Ordinal);
        }
    }

    /// <summary>Whether <paramref name="name"/> is one of the names.</summary>
    public bool Contains(string name) => words.Contains(name) || others.Contains(name);

    /// <summary>Whether any of the names stands in <paramref name="text"/> as a whole word.</summary>
    public bool AnyIn(string text)
    {
        if (starts is not null)
        {
            // Each place a name starts, as the vectorised multi-string search finds it; a name stands
            // there as a whole word only when the run of identifier characters holding that place starts
            // there and is that name. Either way no name stands whole anywhere else in that run.
            var span = text.AsSpan();
            var from = 0;
            while (from < span.Length)
            {
                var found = span.Slice(from).IndexOfAny(starts);
                if (found < 0)
                {
                    break;
                }

                var at = from + found;
                var end = at + 1;
                while (end < span.Length && IsIdentifierPart(span[end]))
                {
                    end++;
                }

                if ((at == 0 || !IsIdentifierPart(span[at - 1])) && lookup.Contains(span.Slice(at, end - at)))
                {
                    return true;
                }

                from = end;
            }
        }

        foreach (var name in others)
        {
            if (HasWord(text, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> stands in the text with no identifier character either side of it.</summary>
    private static bool HasWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !IsIdentifierPart(text[i - 1])) && (end == text.Length || !IsIdentifierPart(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneRun(string name)
    {
        foreach (var c in name)
        {
            if (!IsIdentifierPart(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c > 0x7F && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsIdentifierPartCharacter(c);
}
