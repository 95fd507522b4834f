using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading.Tasks;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Check;

/// <summary>
/// A check set read into memory: the text of every readable source file (read in parallel), the
/// corpus files as AdditionalFiles, and the set's editorconfig and globalconfig options. Files that
/// cannot be read or are binary are noted and left out; a corpus file that cannot be read is an
/// input error (exit 2), as a missing AdditionalFile is to a build.
/// </summary>
internal sealed class LoadedSet
{
    private LoadedSet(CheckSet set, List<SourceDocument> documents, ImmutableArray<AdditionalText> corpora, ConfigOptions options)
    {
        Set = set;
        Documents = documents;
        Corpora = corpora;
        Options = options;
    }

    public CheckSet Set { get; }

    /// <summary>Readable source files, in path order.</summary>
    public List<SourceDocument> Documents { get; }

    public ImmutableArray<AdditionalText> Corpora { get; }

    public ConfigOptions Options { get; }

    public static LoadedSet Load(CheckSet set, List<string> notes, List<string> errors)
    {
        var reads = new SourceFile.Read[set.Sources.Count];
        Parallel.For(0, reads.Length, i => reads[i] = SourceFile.Load(set.Sources[i]));
        var documents = new List<SourceDocument>(reads.Length);
        for (var i = 0; i < reads.Length; i++)
        {
            if (reads[i].Note is { } note)
            {
                notes.Add(note);
            }

            if (reads[i].Text is { } text)
            {
                documents.Add(new SourceDocument(set.Sources[i], text));
            }
        }

        var corpora = ImmutableArray.CreateBuilder<AdditionalText>(set.Corpora.Count);
        foreach (var path in set.Corpora)
        {
            try
            {
                corpora.Add(new CorpusText(path, SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8, SourceHashAlgorithm.Sha256)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"the corpus file '{path}' cannot be read: {e.Message}");
            }
        }

        var configPaths = new List<string>(set.Sources);
        configPaths.AddRange(set.Corpora);
        var options = new ConfigOptions(ConfigFiles.For(configPaths, set.Root, errors));
        return new LoadedSet(set, documents, corpora.ToImmutable(), options);
    }
}

/// <summary>A source file's path and its current text.</summary>
internal sealed record SourceDocument(string Path, SourceText Text);
