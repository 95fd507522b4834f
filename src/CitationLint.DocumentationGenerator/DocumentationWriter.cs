using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CitationLint.Analyzers;
using CitationLint.Analyzers.Configuration;
using CitationLint.CodeFixes;
using Microsoft.CodeAnalysis;

namespace CitationLint.DocumentationGenerator;

/// <summary>One rule as the docs show it, read from its descriptor and the code fix provider.</summary>
public sealed record RuleDoc(string Id, string Title, DiagnosticSeverity DefaultSeverity, bool HasCodeFix, string HelpLink);

/// <summary>
/// The text every generated documentation file must hold, from the rule descriptors and the option
/// definitions: one fact, one place. Files that people also write (the READMEs) are generated only
/// between marker comments; the presets are generated whole. The caller decides whether to write the
/// files (<see cref="Program"/>) or to compare them (the staleness test).
/// </summary>
public sealed class DocumentationWriter
{
    public const string RegenerateCommand = "dotnet run --project src/CitationLint.DocumentationGenerator";

    public const string RulesBegin = "<!-- rules:begin -->";
    public const string RulesEnd = "<!-- rules:end -->";
    public const string OptionsBegin = "<!-- options:begin -->";
    public const string OptionsEnd = "<!-- options:end -->";

    /// <summary>Rules that the strict preset raises from Info to Warning, so that a build prints them.</summary>
    public static readonly ImmutableArray<string> StrictWarnings = ImmutableArray.Create(RuleIdentifiers.IncompleteCitation, RuleIdentifiers.NotInCorpus);

    /// <summary>What an option with no default value shows as its default (<see cref="OptionDefinition.DefaultText"/>).</summary>
    private const string NoDefault = "(none)";

    private readonly ImmutableArray<RuleDoc> rules;
    private readonly ImmutableArray<OptionDefinition> options;

    public DocumentationWriter(IEnumerable<RuleDoc> rules, IEnumerable<OptionDefinition> options)
    {
        this.rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToImmutableArray();
        this.options = options.ToImmutableArray();
    }

    public ImmutableArray<RuleDoc> Rules => rules;

    public ImmutableArray<OptionDefinition> Options => options;

    /// <summary>The shipped rule set: the analyzer's descriptors, the fixers' ids and every option definition.</summary>
    public static DocumentationWriter ForCitationLint()
    {
        var fixable = new CitationCodeFixProvider().FixableDiagnosticIds.Union(new AddToCorpusCodeFixProvider().FixableDiagnosticIds).ToImmutableHashSet();
        var rules = new CitationAnalyzer().SupportedDiagnostics.Select(d => new RuleDoc(
            d.Id,
            d.Title.ToString(CultureInfo.InvariantCulture),
            d.DefaultSeverity,
            fixable.Contains(d.Id),
            d.HelpLinkUri));
        return new DocumentationWriter(rules, OptionDefinitions.All);
    }

    /// <summary>
    /// Every generated file: path relative to <paramref name="root"/> ('/'-separated) → the text it
    /// must hold. The READMEs are read from <paramref name="root"/> and only their marked regions
    /// replaced; a README without its markers is an error, not a silent skip.
    /// </summary>
    public IReadOnlyDictionary<string, string> GetExpectedFiles(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);

        // The repository README links rule pages relatively; the package README is read on the
        // package's page, away from the repository, so it uses the help links.
        files["README.md"] = WithRegions(root, "README.md", RuleTable(r => "docs/rules/" + r.Id + ".md"), OptionTable());
        files["docs/README.md"] = WithRegions(root, "docs/README.md", RuleTable(r => "rules/" + r.Id + ".md"), null);
        files["src/CitationLint/README.md"] = WithRegions(root, "src/CitationLint/README.md", RuleTable(r => r.HelpLink), OptionTable());

        foreach (var strict in new[] { false, true })
        {
            var name = strict ? "strict" : "recommended";
            files["docs/presets/" + name + ".editorconfig"] = Preset(strict, global: false);
            files["docs/presets/" + name + ".globalconfig"] = Preset(strict, global: true);
        }

        return files;
    }

    /// <summary>The severity a preset gives a rule: its default, or Warning for the strict preset's rules.</summary>
    public static DiagnosticSeverity PresetSeverity(RuleDoc rule, bool strict)
        => strict && StrictWarnings.Contains(rule.Id) ? DiagnosticSeverity.Warning : rule.DefaultSeverity;

    /// <summary>The value a preset writes for an option: its default as text, empty when there is none.</summary>
    public static string PresetValue(OptionDefinition option)
        => option.DefaultText == NoDefault ? string.Empty : option.DefaultText;

    /// <summary>The .editorconfig / .globalconfig spelling of a severity.</summary>
    public static string ConfigSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    private string RuleTable(Func<RuleDoc, string> link)
    {
        var text = new StringBuilder();
        text.Append("| Rule | Title | Default severity | Code fix |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var r in rules)
        {
            text.Append("| [").Append(r.Id).Append("](").Append(link(r)).Append(") | ")
                .Append(Cell(r.Title)).Append(" | ")
                .Append(r.DefaultSeverity.ToString()).Append(" | ")
                .Append(r.HasCodeFix ? "yes" : "no").Append(" |\n");
        }

        return text.ToString();
    }

    private string OptionTable()
    {
        var text = new StringBuilder();
        text.Append("| Key | MSBuild property | Default | Allowed values | Description |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var o in options)
        {
            var defaultText = o.DefaultText == NoDefault ? NoDefault : "`" + o.DefaultText + "`";
            text.Append("| `").Append(o.Key).Append("` | `<").Append(o.MsBuildProperty).Append(">` | ")
                .Append(Cell(defaultText)).Append(" | ")
                .Append(Cell(o.Allowed)).Append(" | ")
                .Append(Cell(o.Description)).Append(" |\n");
        }

        return text.ToString();
    }

    private string Preset(bool strict, bool global)
    {
        var name = strict ? "strict" : "recommended";
        var text = new StringBuilder();
        if (global)
        {
            text.Append("is_global = true\n\n");
        }

        text.Append("# CitationLint ").Append(name).Append(" preset (").Append(global ? ".globalconfig" : ".editorconfig").Append(").\n");
        text.Append(strict
            ? "# The analyzer's defaults, with " + string.Join(" and ", StrictWarnings) + " (Info by default) raised to warning so that\n# `dotnet build` prints them and `-warnaserror` fails on them.\n"
            : "# The analyzer's defaults, written out: every rule's default severity and every option's default.\n# A project without this file behaves the same; copy it to have the settings in one place to change.\n");
        text.Append("#\n# How to use:\n");
        if (global)
        {
            text.Append("#   Save it as `.globalconfig` in the project folder or a folder above it (the .NET SDK reads\n");
            text.Append("#   every `.globalconfig` above a project's source files), or keep this name and add it with\n");
            text.Append("#   <GlobalAnalyzerConfigFiles Include=\"path/to/").Append(name).Append(".globalconfig\" /> in the project file.\n");
            text.Append("#   It applies to the whole compilation, CITE007 (in corpus files) and CITE009 (no location)\n");
            text.Append("#   included. For a file, a value in an .editorconfig section wins over this file.\n");
        }
        else
        {
            text.Append("#   Copy the [*.cs] section below into the .editorconfig at the root of your repository (or into\n");
            text.Append("#   the section that already covers your C# files) and change what you need.\n");
            text.Append("#   CITE007 (reported in corpus files) and CITE009 (reported without a location) do not take\n");
            text.Append("#   their severity from a [*.cs] section; set those two in a .globalconfig (").Append(name).Append(".globalconfig).\n");
        }

        text.Append("#\n# Generated from the rule descriptors and option definitions by\n");
        text.Append("# `").Append(RegenerateCommand).Append("`; do not edit the copy in docs/presets.\n");
        if (!global)
        {
            text.Append("\n[*.cs]\n");
        }

        text.Append("\n# Rules\n");
        foreach (var r in rules)
        {
            var severity = PresetSeverity(r, strict);
            text.Append("\n# ").Append(r.Id).Append(": ").Append(r.Title);
            text.Append(severity == r.DefaultSeverity ? " (default)" : " (default: " + ConfigSeverity(r.DefaultSeverity) + ")").Append('\n');
            text.Append("dotnet_diagnostic.").Append(r.Id).Append(".severity = ").Append(ConfigSeverity(severity)).Append('\n');
        }

        text.Append("\n# Options (each can also be set project-wide with its MSBuild property)\n");
        foreach (var o in options)
        {
            text.Append("\n# ").Append(Comment(o.Description)).Append('\n');
            text.Append("# Allowed: ").Append(Comment(o.Allowed)).Append(". MSBuild property: ").Append(o.MsBuildProperty).Append(".\n");
            var value = PresetValue(o);
            text.Append(o.Key).Append(" =").Append(value.Length == 0 ? string.Empty : " " + value).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Markdown table cells: a '|' would end the cell.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Config comments are one line each; the definitions' backticks read fine as they are.</summary>
    private static string Comment(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string WithRegions(string root, string path, string rulesTable, string? optionsTable)
    {
        var full = Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
        var text = File.ReadAllText(full).Replace("\r\n", "\n", StringComparison.Ordinal);
        text = ReplaceRegion(text, path, RulesBegin, RulesEnd, rulesTable);
        return optionsTable is null ? text : ReplaceRegion(text, path, OptionsBegin, OptionsEnd, optionsTable);
    }

    /// <summary>
    /// Replaces the lines between the marker lines (each marker alone on its line, once), so that
    /// prose may quote a marker without being taken for one.
    /// </summary>
    private static string ReplaceRegion(string text, string path, string begin, string end, string content)
    {
        var lines = text.Split('\n');
        var first = -1;
        var last = -1;
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line == begin)
            {
                first = i;
                count++;
            }
            else if (line == end)
            {
                last = i;
                count++;
            }
        }

        if (count != 2 || first < 0 || last < first)
        {
            throw new InvalidOperationException(path + " must hold a line '" + begin + "' and after it a line '" + end + "', once each: the generated table goes between them.");
        }

        return string.Join("\n", lines.Take(first + 1)) + "\n" + content + string.Join("\n", lines.Skip(last));
    }
}
