using System;
using System.Collections.Generic;
using System.Threading;
using CitationLint.Corpus;

namespace CitationLint.Analyzers;

/// <summary>A corpus file's problems, kept to report CITE007 at their line.</summary>
internal sealed class CorpusFileProblems
{
    public CorpusFileProblems(string path, IReadOnlyList<CorpusProblem> problems)
    {
        Path = path;
        Problems = problems;
    }

    public string Path { get; }

    public IReadOnlyList<CorpusProblem> Problems { get; }
}

/// <summary>
/// The corpus a compilation checks against: the embedded corpora it selects merged with the
/// project's corpus files in path order, by the one merge policy (<see cref="CorpusMerge"/>). Parsed
/// files and merged corpora are cached process-wide by content, so an IDE that makes a new
/// compilation per keystroke neither re-parses nor re-indexes.
/// </summary>
internal static class ProjectCorpus
{
    private const int MaxCachedFiles = 64;
    private const int MaxCachedCorpora = 16;

    private static readonly object Gate = new();
    private static readonly Dictionary<string, (IReadOnlyList<SourcePaper> Papers, IReadOnlyList<CorpusProblem> Problems)> Files = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, (PaperCorpus Corpus, IReadOnlyList<CorpusProblem> Overrides)> Corpora = new(StringComparer.Ordinal);
    private static readonly Queue<string> FileOrder = new();
    private static readonly Queue<string> CorpusOrder = new();

    // How often each corpus file was parsed and merged into an index, by path: a test's counter that
    // the second compilation with the same corpora parses and indexes nothing.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> ParsesByPath = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> MergesByPath = new(StringComparer.Ordinal);

    internal static int TimesParsed(string path) => ParsesByPath.TryGetValue(path, out var n) ? n : 0;

    internal static int TimesIndexed(string path) => MergesByPath.TryGetValue(path, out var n) ? n : 0;

    /// <summary>Reads one corpus file, cached by path and content hash; <paramref name="text"/> is asked for only on a miss.</summary>
    public static (IReadOnlyList<SourcePaper> Papers, IReadOnlyList<CorpusProblem> Problems) ReadFile(string path, string hash, Func<string> text)
    {
        var key = path + "\0" + hash;
        lock (Gate)
        {
            if (Files.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        return Parse(key, path, text());
    }

    private static (IReadOnlyList<SourcePaper> Papers, IReadOnlyList<CorpusProblem> Problems) Parse(string key, string path, string text)
    {
        ParsesByPath.AddOrUpdate(path, 1, (_, n) => n + 1);
        var result = CorpusSources.Read(path, text) ?? new ReadResult(Array.Empty<SourcePaper>(), Array.Empty<CorpusProblem>());
        var problems = new List<CorpusProblem>();
        var papers = CorpusSources.ToSourcePapers(path, result, problems);
        var entry = (papers, (IReadOnlyList<CorpusProblem>)problems);
        lock (Gate)
        {
            if (!Files.ContainsKey(key))
            {
                Files[key] = entry;
                FileOrder.Enqueue(key);
                while (FileOrder.Count > MaxCachedFiles)
                {
                    Files.Remove(FileOrder.Dequeue());
                }
            }
        }

        return entry;
    }

    /// <summary>
    /// The merged corpus for these files (already sorted by path), by the one merge policy
    /// (<see cref="CorpusMerge"/>), with the entries that override an earlier one's title or id;
    /// cached by the files' contents.
    /// </summary>
    public static (PaperCorpus Corpus, IReadOnlyList<CorpusProblem> Overrides) Merge(string embeddedName, PaperCorpus embedded, IReadOnlyList<(string Path, string Hash, IReadOnlyList<SourcePaper> Papers)> files)
    {
        if (files.Count == 0)
        {
            return (embedded, Array.Empty<CorpusProblem>());
        }

        var key = embeddedName + string.Concat(MapKeys(files));
        lock (Gate)
        {
            if (Corpora.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var merge = new CorpusMerge().Add(embedded.Papers);
        foreach (var f in files)
        {
            merge.Add(f.Papers);
            MergesByPath.AddOrUpdate(f.Path, 1, (_, n) => n + 1);
        }

        var corpus = merge.ToCorpus();
        _ = corpus.Index;
        var entry = (corpus, merge.Overrides);
        lock (Gate)
        {
            if (!Corpora.ContainsKey(key))
            {
                Corpora[key] = entry;
                CorpusOrder.Enqueue(key);
                while (CorpusOrder.Count > MaxCachedCorpora)
                {
                    Corpora.Remove(CorpusOrder.Dequeue());
                }
            }
        }

        return entry;
    }

    private static IEnumerable<string> MapKeys(IReadOnlyList<(string Path, string Hash, IReadOnlyList<SourcePaper> Papers)> files)
    {
        foreach (var f in files)
        {
            yield return "|" + f.Path + "\0" + f.Hash;
        }
    }

    /// <summary>
    /// SHA-256 of the text (UTF-16), hex: the cache key of a file's parse and of a merged corpus. A weak
    /// hash could give two different corpus files one key, and so one file's papers to another.
    /// </summary>
    public static string ContentHash(string text)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var bytes = sha.ComputeHash(System.Text.Encoding.Unicode.GetBytes(text));
        var sb = new System.Text.StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
