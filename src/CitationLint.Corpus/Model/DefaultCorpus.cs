using System;
using System.IO;
using System.Text;
using System.Threading;

namespace CitationLint.Corpus;

/// <summary>
/// The seed corpus embedded in this assembly (the mission's papers), built from the seed listings by
/// <c>citationlint corpus build</c>.
/// </summary>
public static class DefaultCorpus
{
    public const string ResourceName = "CitationLint.Corpus.default.papers.tsv";

    private static PaperCorpus? corpus;

    /// <summary>Parsed once per process.</summary>
    public static PaperCorpus Instance => LazyInitializer.EnsureInitialized(ref corpus, () => EmbeddedCorpus.Load(ResourceName))!;

    /// <summary>The embedded TSV text, exactly as committed.</summary>
    public static string ReadText() => EmbeddedCorpus.ReadText(ResourceName);
}

/// <summary>
/// The well-known corpus embedded in this assembly: the papers real code cites most, built from
/// <c>../shared/corpus/well-known.tsv</c> by <c>citationlint corpus build</c>.
/// </summary>
public static class WellKnownCorpus
{
    public const string ResourceName = "CitationLint.Corpus.well-known.papers.tsv";

    private static PaperCorpus? corpus;

    /// <summary>Parsed once per process.</summary>
    public static PaperCorpus Instance => LazyInitializer.EnsureInitialized(ref corpus, () => EmbeddedCorpus.Load(ResourceName))!;

    /// <summary>The embedded TSV text, exactly as committed.</summary>
    public static string ReadText() => EmbeddedCorpus.ReadText(ResourceName);
}

/// <summary>Reads a corpus TSV embedded in this assembly.</summary>
internal static class EmbeddedCorpus
{
    public static string ReadText(string resourceName)
    {
        using var stream = typeof(EmbeddedCorpus).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException("The resource '" + resourceName + "' is missing from CitationLint.Corpus.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    public static PaperCorpus Load(string resourceName)
    {
        var result = PaperTsv.Read(ReadText(resourceName), resourceName);
        var papers = new Paper[result.Papers.Count];
        for (var i = 0; i < papers.Length; i++)
        {
            papers[i] = result.Papers[i].Paper;
        }

        return new PaperCorpus(papers);
    }
}

/// <summary>The embedded corpora by name, as option <c>citationlint.corpora</c> selects them, and their merges.</summary>
public static class EmbeddedCorpora
{
    public const string Seed = "seed";

    public const string WellKnown = "well-known";

    private static PaperCorpus? both;

    /// <summary>The names, in merge order: well-known first, so that the seed corpus (the mission's) wins a conflict.</summary>
    public static readonly string[] Names = { WellKnown, Seed };

    /// <summary>The selected embedded corpora merged by <see cref="PaperCorpus.Merge"/>; each combination built once per process.</summary>
    public static PaperCorpus Select(bool seed, bool wellKnown)
    {
        if (seed && wellKnown)
        {
            return LazyInitializer.EnsureInitialized(ref both, () => PaperCorpus.Merge(WellKnownCorpus.Instance, DefaultCorpus.Instance.Papers))!;
        }

        return seed ? DefaultCorpus.Instance : wellKnown ? WellKnownCorpus.Instance : PaperCorpus.Empty;
    }
}
