using System;

namespace CitationLint.Cli.Refs;

/// <summary>
/// An author's name as the corpus holds it (reading order, "Sadhika Malladi") split into given and
/// family names for BibTeX and CFF: the last word is the family name, with the lower-case particles
/// before it ("van der", "de"); a one-word name is all family name.
/// </summary>
internal static class PersonName
{
    private static readonly string[] Particles = { "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "la", "le", "ten", "ter", "zu" };

    public static (string Given, string Family) Split(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1)
        {
            return (string.Empty, name.Trim());
        }

        var familyStart = words.Length - 1;
        while (familyStart > 1 && Array.IndexOf(Particles, words[familyStart - 1]) >= 0)
        {
            familyStart--;
        }

        return (string.Join(' ', words, 0, familyStart), string.Join(' ', words, familyStart, words.Length - familyStart));
    }
}
