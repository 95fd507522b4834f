using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// Issue 10: the second compilation with the same corpora parses and indexes nothing — the IDE makes a
/// new compilation on every keystroke. Counted per corpus file path (a path no other test uses), so
/// tests running beside this one cannot change the count.
/// </summary>
public sealed class CorpusCacheTests
{
    [Fact]
    public async Task A_second_compilation_with_the_same_corpus_file_parses_and_indexes_nothing()
    {
        var path = "/cache-test/" + Guid.NewGuid().ToString("N") + ".papers.tsv";
        const string tsv = "key\ttitle\taliases\tarxiv\nquax\tQuaxitron: Quantum Axis Transformers\tQuaxitron\t2501.00002\n";

        var first = await DiagnosticsAsync("// Paper: Quaxitron\nclass A { }\n", path, tsv);
        var second = await DiagnosticsAsync("// Paper: Quaxitron\n// Paper: Quaxitron, again\nclass B { }\n", path, tsv);
        Assert.Contains(first, d => d.Id == "CITE004");
        Assert.Contains(second, d => d.Id == "CITE004");
        Assert.Equal(1, ProjectCorpus.TimesParsed(path));
        Assert.Equal(1, ProjectCorpus.TimesIndexed(path));

        // A change to the file is read and indexed again, once.
        var changed = await DiagnosticsAsync("// Paper: Quaxitron\nclass C { }\n", path, tsv + "frob\tFrobNet\tFrobNet\t2501.00003\n");
        Assert.Contains(changed, d => d.Id == "CITE004");
        Assert.Equal(2, ProjectCorpus.TimesParsed(path));
        Assert.Equal(2, ProjectCorpus.TimesIndexed(path));
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source, string path, string corpus)
    {
        var compilation = CSharpCompilation.Create("T" + Guid.NewGuid().ToString("N"), new[] { CSharpSyntaxTree.ParseText(source) }, new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new Text(path, corpus)));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CitationAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
    }

    private sealed class Text : AdditionalText
    {
        private readonly SourceText text;

        public Text(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
