using System.Collections.Generic;

namespace CitationLint.Cli.Check;

/// <summary>
/// The identifiers that keep a member body or an attribute list whole in a file's skeleton: the names
/// the file's options make citation attributes. (A file that names a suppression or generated-code
/// attribute is parsed whole.)
/// </summary>
internal sealed class KeepNames
{
    private readonly string[] names;

    public KeepNames(IEnumerable<string> attributeNames)
    {
        var all = new List<string> { "Cites", "CitesAttribute" };
        foreach (var name in attributeNames)
        {
            all.Add(name);
            all.Add(name + "Attribute");
        }

        names = all.ToArray();
    }

    /// <summary>Whether the identifier keeps what it is in whole (an identifier spelt with escapes always does).</summary>
    public bool Keeps(string source, SkeletonToken identifier)
    {
        if (identifier.Escaped)
        {
            return true;
        }

        foreach (var name in names)
        {
            if (identifier.Is(source, name))
            {
                return true;
            }
        }

        return false;
    }
}
