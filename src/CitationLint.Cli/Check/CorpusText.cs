using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Check;

/// <summary>A corpus file handed to the analyzer as an AdditionalFile, its text read once up front.</summary>
internal sealed class CorpusText : AdditionalText
{
    private readonly SourceText text;

    public CorpusText(string path, SourceText text)
    {
        Path = path;
        this.text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
