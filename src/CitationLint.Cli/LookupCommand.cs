using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using CitationLint.Corpus;

namespace CitationLint.Cli;

/// <summary><c>citationlint lookup &lt;text&gt; [--corpus &lt;file&gt;…] [--no-embedded] [--top N] [--format text|tsv]</c></summary>
internal static class LookupCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var text = new Argument<string>("text") { Description = "A name, a title, an arXiv id or URL to look up." };
        var corpus = new Option<FileInfo[]>("--corpus", "-c") { Description = "Corpus files merged onto the embedded corpora, as the analyzer merges AdditionalFiles (repeatable).", AllowMultipleArgumentsPerToken = true };
        var noEmbedded = new Option<bool>("--no-embedded") { Description = "Leave out the embedded seed and well-known corpora: look up in the --corpus files only." };
        var top = new Option<int>("--top", "-n") { Description = "How many candidates to print.", DefaultValueFactory = _ => 5 };
        var format = new Option<string>("--format", "-f") { Description = "text or tsv (score<TAB>key<TAB>title<TAB>matched).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "tsv");
        var command = new Command("lookup", "Print the best candidates for a name or a title, best first.") { text, corpus, noEmbedded, top, format };
        command.SetAction(parse => Execute(parse.GetValue(text)!, parse.GetValue(corpus), parse.GetValue(noEmbedded), parse.GetValue(top), parse.GetValue(format)!, output, error));
        return command;
    }

    internal static int Execute(string text, FileInfo[]? corpusFiles, bool noEmbedded, int top, string format, TextWriter output, TextWriter error)
    {
        var embedded = noEmbedded ? PaperCorpus.Empty : EmbeddedCorpora.Select(seed: true, wellKnown: true);
        PaperCorpus corpus;
        if (corpusFiles is null || corpusFiles.Length == 0)
        {
            corpus = embedded;
        }
        else
        {
            var problems = new List<CorpusProblem>();
            var paths = new List<string>();
            foreach (var f in corpusFiles)
            {
                paths.Add(f.FullName);
            }

            corpus = PaperCorpus.Merge(embedded, CorpusFiles.ReadPapers(paths, problems));
            foreach (var p in problems)
            {
                error.WriteLine("warning: " + p);
            }
        }

        var result = corpus.Index.Lookup(UrlToId(text), Math.Max(1, top));
        var shown = 0;
        foreach (var c in result.Candidates)
        {
            if (c.Score < CorpusIndex.NearMissThreshold)
            {
                continue;
            }

            shown++;
            if (format == "tsv")
            {
                output.WriteLine(string.Join("\t", c.Score.ToString("0.000", CultureInfo.InvariantCulture), c.Paper.Key, c.Paper.Title, c.Matched));
            }
            else
            {
                var url = c.Paper.GetCanonicalUrl();
                output.WriteLine($"{c.Score.ToString("0.000", CultureInfo.InvariantCulture)}  {c.Paper.Key,-12}  {c.Paper.Title}" + (url is null ? string.Empty : "  " + url));
                output.WriteLine($"       {Describe(c.Kind)} '{c.Matched}'");
            }
        }

        if (shown == 0)
        {
            error.WriteLine($"no paper in the corpus ({corpus.Count} papers) matches '{text}'.");
            return 1;
        }

        if (result.IsAmbiguous && format != "tsv")
        {
            output.WriteLine($"ambiguous: {result.TiedCount} papers fit equally well.");
        }

        return 0;
    }

    /// <summary>An arXiv or paper-page URL is looked up by its id.</summary>
    private static string UrlToId(string text) => ArxivId.TryFromText(text.Trim(), out var id) ? id : text;

    private static string Describe(MatchKind kind) => kind switch
    {
        MatchKind.ArxivId => "arXiv id",
        MatchKind.Alias => "name",
        MatchKind.Title => "title",
        MatchKind.TitleVariant => "title, written differently:",
        MatchKind.AliasVariant => "name, written differently:",
        MatchKind.AliasNearMiss => "near miss of the name",
        _ => "near miss of the title",
    };
}
