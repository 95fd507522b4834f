using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Tests.Harness;

/// <summary>AnalyzerConfigOptions from key/value pairs, as an .editorconfig section would give them.</summary>
public sealed class TestConfigOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> values;

    public TestConfigOptions(IEnumerable<KeyValuePair<string, string>> values)
        => this.values = values.ToImmutableDictionary(KeyComparer);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

    public override IEnumerable<string> Keys => values.Keys;
}

public sealed class TestConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigOptions options;

    public TestConfigOptionsProvider(IEnumerable<KeyValuePair<string, string>> values) => options = new TestConfigOptions(values);

    public override AnalyzerConfigOptions GlobalOptions => options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;
}

/// <summary>An additional file held in memory; its text can be replaced between two analyses.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        this.text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
