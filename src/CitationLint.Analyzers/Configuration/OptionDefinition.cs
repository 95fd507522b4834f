using System;
using System.Collections.Immutable;

namespace CitationLint.Analyzers.Configuration;

/// <summary>
/// One <c>citationlint.*</c> option: its key, default, allowed values and parser, and the MSBuild
/// property that can set it project-wide. The docs generator writes the options table from these.
/// </summary>
public abstract class OptionDefinition
{
    private protected OptionDefinition(string name, string msBuildProperty, string defaultText, string allowed, string description)
    {
        Key = "citationlint." + name;
        MsBuildProperty = msBuildProperty;
        DefaultText = defaultText;
        Allowed = allowed;
        Description = description;
    }

    /// <summary>The <c>.editorconfig</c> / <c>.globalconfig</c> key, <c>citationlint.url_style</c>.</summary>
    public string Key { get; }

    /// <summary>The MSBuild property (<c>CitationLintUrlStyle</c>), seen by the analyzer as <c>build_property.CitationLintUrlStyle</c>.</summary>
    public string MsBuildProperty { get; }

    public string BuildPropertyKey => "build_property." + MsBuildProperty;

    public string DefaultText { get; }

    /// <summary>What a value may be, as the CITE009 message and the docs say it.</summary>
    public string Allowed { get; }

    public string Description { get; }
}

/// <summary>An option whose text parses into a <typeparamref name="T"/>, or is rejected.</summary>
public sealed class OptionDefinition<T> : OptionDefinition
{
    private readonly Func<string, (bool Ok, T Value)> parse;

    internal OptionDefinition(string name, string msBuildProperty, T defaultValue, string defaultText, string allowed, string description, Func<string, (bool Ok, T Value)> parse)
        : base(name, msBuildProperty, defaultText, allowed, description)
    {
        Default = defaultValue;
        this.parse = parse;
    }

    public T Default { get; }

    public bool TryParse(string text, out T value)
    {
        var (ok, v) = parse(text.Trim());
        value = ok ? v : Default;
        return ok;
    }
}

/// <summary>Every option CitationLint reads, in the order the docs list them.</summary>
public static class OptionDefinitions
{
    /// <summary>The embedded corpora a compilation checks against (DESIGN 2).</summary>
    public static readonly OptionDefinition<ImmutableArray<string>> Corpora = new(
        "corpora",
        "CitationLintCorpora",
        ImmutableArray.Create(CorpusNames.Seed, CorpusNames.WellKnown),
        CorpusNames.Seed + ", " + CorpusNames.WellKnown,
        "a comma-separated list of " + CorpusNames.Seed + " and " + CorpusNames.WellKnown + ", or none",
        "The embedded corpora that project corpora are merged onto: `seed` (the mission's papers) and `well-known` (the papers real code cites most). `none` checks against project corpora only.",
        ParseCorpora);

    public static readonly OptionDefinition<ImmutableArray<string>> AttributeNames = new(
        "attribute_names",
        "CitationLintAttributeNames",
        ImmutableArray<string>.Empty,
        "(none)",
        "a comma-separated list of attribute names",
        "Attributes read as citation sites besides `Cites` (`Paper` also matches `PaperAttribute`).",
        text => (true, SplitList(text, trimColon: false)));

    public static readonly OptionDefinition<ImmutableArray<string>> CommentMarkers = new(
        "comment_markers",
        "CitationLintCommentMarkers",
        ImmutableArray<string>.Empty,
        "(none)",
        "a comma-separated list of words; an entry may hold spaces (`Implemented from`)",
        "Comment markers added to `Paper:`, `Cite:`, `Cites:` and `Citation:` (a trailing colon is optional).",
        text => (true, SplitList(text, trimColon: true)));

    public static readonly OptionDefinition<Corpus.UrlStyle> UrlStyle = new(
        "url_style",
        "CitationLintUrlStyle",
        Corpus.UrlStyle.Arxiv,
        "arxiv",
        "arxiv or huggingface",
        "The canonical URL fixes insert: `https://arxiv.org/abs/<id>` or `https://huggingface.co/papers/<id>`.",
        text => text.Equals("arxiv", StringComparison.OrdinalIgnoreCase) ? (true, Corpus.UrlStyle.Arxiv)
            : text.Equals("huggingface", StringComparison.OrdinalIgnoreCase) ? (true, Corpus.UrlStyle.HuggingFace)
            : (false, Corpus.UrlStyle.Arxiv));

    public static readonly OptionDefinition<bool> FreeText = new(
        "free_text",
        "CitationLintFreeText",
        true,
        "true",
        "true or false (also yes/no, on/off, 1/0)",
        "Site 6: quoted titles and look-alike or near-miss names in prose.",
        ParseBool);

    public static readonly ImmutableArray<OptionDefinition> All = ImmutableArray.Create<OptionDefinition>(Corpora, AttributeNames, CommentMarkers, UrlStyle, FreeText);

    /// <summary>Keys of earlier versions, with what replaced them, so CITE009 can say so.</summary>
    public static readonly ImmutableDictionary<string, string> Renamed = ImmutableDictionary.CreateRange(
        StringComparer.OrdinalIgnoreCase,
        new[] { new System.Collections.Generic.KeyValuePair<string, string>("citationlint.use_default_corpus", "citationlint.corpora") });

    public static OptionDefinition? Find(string key)
    {
        foreach (var option in All)
        {
            if (string.Equals(option.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return option;
            }
        }

        return null;
    }

    internal static (bool, bool) ParseBool(string text)
    {
        switch (text.ToLowerInvariant())
        {
            case "true":
            case "yes":
            case "on":
            case "1":
                return (true, true);
            case "false":
            case "no":
            case "off":
            case "0":
                return (true, false);
            default:
                return (false, true);
        }
    }

    private static (bool, ImmutableArray<string>) ParseCorpora(string text)
    {
        var names = SplitList(text, trimColon: false);
        if (names.Length == 1 && names[0].Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return (true, ImmutableArray<string>.Empty);
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var name in names)
        {
            var known = CorpusNames.Find(name);
            if (known is null)
            {
                return (false, default);
            }

            if (!builder.Contains(known))
            {
                builder.Add(known);
            }
        }

        return builder.Count == 0 ? (false, default) : (true, builder.ToImmutable());
    }

    /// <summary>Entries separated by commas or semicolons; spaces inside an entry are kept.</summary>
    internal static ImmutableArray<string> SplitList(string text, bool trimColon)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var item = part.Trim();
            if (trimColon)
            {
                item = item.TrimEnd(':').TrimEnd();
            }

            if (item.Length > 0)
            {
                builder.Add(item);
            }
        }

        return builder.ToImmutable();
    }
}

/// <summary>The names of the embedded corpora, as <c>citationlint.corpora</c> takes them.</summary>
public static class CorpusNames
{
    public const string Seed = Corpus.EmbeddedCorpora.Seed;

    public const string WellKnown = Corpus.EmbeddedCorpora.WellKnown;

    public static readonly ImmutableArray<string> All = ImmutableArray.Create(Seed, WellKnown);

    public static string? Find(string name)
    {
        foreach (var known in All)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }
}
