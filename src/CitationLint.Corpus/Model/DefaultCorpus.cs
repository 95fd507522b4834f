using System;
using System.IO;
using System.Text;
using System.Threading;

namespace CitationLint.Corpus;

/// <summary>The corpus embedded in this assembly, built from the seed listings by <c>citationlint corpus build</c>.</summary>
public static class DefaultCorpus
{
    public const string ResourceName = "CitationLint.Corpus.default.papers.tsv";

    private static PaperCorpus? corpus;

    /// <summary>Parsed once per process.</summary>
    public static PaperCorpus Instance => LazyInitializer.EnsureInitialized(ref corpus, Load)!;

    /// <summary>The embedded TSV text, exactly as committed.</summary>
    public static string ReadText()
    {
        using var stream = typeof(DefaultCorpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The default corpus resource is missing from CitationLint.Corpus.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    private static PaperCorpus Load()
    {
        var result = PaperTsv.Read(ReadText(), "default.papers.tsv");
        var papers = new Paper[result.Papers.Count];
        for (var i = 0; i < papers.Length; i++)
        {
            papers[i] = result.Papers[i].Paper;
        }

        return new PaperCorpus(papers);
    }
}
