using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// The forms one name takes that the index treats as that name: its singular ("FlexMDMs" → "FlexMDM")
/// and its spaced form ("Sparse-MeZO" → "Sparse MeZO").
/// </summary>
public sealed partial class CorpusIndex
{
    /// <summary>
    /// The other forms of one name: its singular ("FlexMDMs" → "FlexMDM") and its spaced form
    /// ("Sparse-MeZO" → "Sparse MeZO"), and both. Empty for most names.
    /// </summary>
    internal static List<string> OtherForms(string name)
    {
        var forms = new List<string>(0);
        var singular = WithoutPluralS(name);
        if (!ReferenceEquals(singular, name))
        {
            forms.Add(singular);
        }

        var spaced = Spaced(name);
        if (spaced is not null)
        {
            forms.Add(spaced);
            var both = WithoutPluralS(spaced);
            if (!ReferenceEquals(both, spaced))
            {
                forms.Add(both);
            }
        }

        return forms;
    }

    private static bool TryForms(Dictionary<string, int[]> map, List<string> forms, bool fold, out int[] hits)
    {
        foreach (var form in forms)
        {
            if (map.TryGetValue(fold ? TextNormalizer.FoldForComparison(form) : form, out hits!))
            {
                return true;
            }
        }

        hits = System.Array.Empty<int>();
        return false;
    }

    /// <summary>"Sparse-MeZO" → "Sparse MeZO": hyphens between two letters become spaces; null when there are none.</summary>
    private static string? Spaced(string name)
    {
        char[]? chars = null;
        for (var k = 1; k + 1 < name.Length; k++)
        {
            if (name[k] == '-' && char.IsLetter(name[k - 1]) && char.IsLetter(name[k + 1]))
            {
                chars ??= name.ToCharArray();
                chars[k] = ' ';
            }
        }

        return chars is null ? null : new string(chars);
    }

    /// <summary>
    /// A name's plural and singular are one name: "FlexMDMs" and "FlexMDM", "LLMs" and "LLM". Only an
    /// 's' after a capital counts, so "Medusa" and "Adas" keep theirs.
    /// </summary>
    internal static string WithoutPluralS(string name)
        => name.Length > 2 && name[name.Length - 1] == 's' && char.IsUpper(name[name.Length - 2]) ? name.Substring(0, name.Length - 1) : name;
}
