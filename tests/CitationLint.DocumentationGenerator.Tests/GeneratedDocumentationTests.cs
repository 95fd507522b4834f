using System.Xml.Linq;
using CitationLint.Analyzers;

namespace CitationLint.DocumentationGenerator.Tests;

/// <summary>The committed documentation says what the descriptors and option definitions say.</summary>
public sealed class GeneratedDocumentationTests
{
    private static readonly DocumentationWriter Writer = DocumentationWriter.ForCitationLint();

    public static TheoryData<string> GeneratedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Writer.GetExpectedFiles(RepoPaths.Root).Keys)
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_file_is_up_to_date(string path)
    {
        var expected = Writer.GetExpectedFiles(RepoPaths.Root)[path];
        var full = Path.Combine(RepoPaths.Root, path.Replace('/', Path.DirectorySeparatorChar));
        var actual = File.Exists(full) ? File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (actual == expected)
        {
            return;
        }

        Assert.Fail($"{path} is stale: {FirstDifference(expected, actual)}\nRegenerate it from the repository root with: {DocumentationWriter.RegenerateCommand}");
    }

    [Fact]
    public void The_package_project_url_is_the_root_of_the_help_links()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        var url = props.Descendants("CitationLintProjectUrl").Single().Value;
        Assert.Equal(RuleIdentifiers.ProjectUrl, url);
        Assert.All(Writer.Rules, r => Assert.StartsWith(url + "/", r.HelpLink, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_rule_and_option_is_in_the_tables()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.All(Writer.Rules, r => Assert.Contains($"| [{r.Id}](docs/rules/{r.Id}.md) | {r.Title} |", readme));
        Assert.All(Writer.Options, o => Assert.Contains($"| `{o.Key}` | `<{o.MsBuildProperty}>` |", readme));
    }

    private static string FirstDifference(string expected, string? actual)
    {
        if (actual is null)
        {
            return "the file does not exist";
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "(end of file)";
            var al = i < a.Length ? a[i] : "(end of file)";
            if (el != al)
            {
                return $"line {i + 1} differs\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "the files differ";
    }
}
