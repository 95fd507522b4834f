using System.Collections.Generic;
using System.Threading;
using CitationLint.Analyzers.Configuration;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// The raw-text prefilter for hosts that read a file before they parse it (the command line): whether
/// a file's text may hold a citation under its options. A file it rules out gives no diagnostic when
/// parsed and analysed: its comments hold no candidate run (<see cref="SourcePrefilter"/>, the very
/// check the analyzer makes) and its text names no attribute the options make a citation attribute.
/// The compiler never calls this: there, trees arrive parsed.
/// </summary>
/// <remarks>
/// Free text is read against every corpus the options could select (seed, well-known and the
/// project's), so the answer holds whichever file's <c>citationlint.corpora</c> the compilation takes.
/// </remarks>
internal sealed class FilePrefilter
{
    private readonly TitleWordFilter titleWords;

    private FilePrefilter(TitleWordFilter titleWords) => this.titleWords = titleWords;

    /// <summary>A prefilter for the files analysed with <paramref name="options"/> (their AdditionalFiles are the project corpora).</summary>
    public static FilePrefilter Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var files = new List<(string, string, IReadOnlyList<SourcePaper>)>();
        foreach (var file in options.AdditionalFiles)
        {
            if (CorpusSources.IsCorpusFile(file.Path) && file.GetText(cancellationToken) is { } source)
            {
                var text = source.ToString();
                var hash = ProjectCorpus.ContentHash(text);
                files.Add((file.Path, hash, ProjectCorpus.ReadFile(file.Path, hash, () => text).Papers));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        var (corpus, _) = ProjectCorpus.Merge("sw", EmbeddedCorpora.Select(seed: true, wellKnown: true), files);
        return new FilePrefilter(corpus.Index.TitleWordFilter);
    }

    /// <summary>Whether <paramref name="text"/>, read with <paramref name="fileOptions"/>, may hold a citation.</summary>
    public bool MayCite(SourceText text, AnalyzerConfigOptions fileOptions, CancellationToken cancellationToken)
    {
        var settings = CitationLintOptions.Read(fileOptions, null);
        if (NamesAttribute(text, "Cites"))
        {
            return true;
        }

        foreach (var name in settings.AttributeNames)
        {
            // "Paper" also finds "PaperAttribute"; "PaperAttribute" is looked for as "Paper".
            var stem = name.EndsWith("Attribute", System.StringComparison.Ordinal) && name.Length > 9 ? name.Substring(0, name.Length - 9) : name;
            if (stem.Length > 0 && NamesAttribute(text, stem))
            {
                return true;
            }
        }

        return SourcePrefilter.Candidates(text, new CommentScanner(settings, titleWords), cancellationToken) is not null;
    }

    /// <summary>The text holds <paramref name="name"/> anywhere (an attribute's simple name is written as it is).</summary>
    private static bool NamesAttribute(SourceText text, string name)
    {
        var first = name[0];
        var last = text.Length - name.Length;
        for (var i = 0; i <= last; i++)
        {
            if (text[i] != first)
            {
                continue;
            }

            var k = 1;
            while (k < name.Length && text[i + k] == name[k])
            {
                k++;
            }

            if (k == name.Length)
            {
                return true;
            }
        }

        return false;
    }
}
