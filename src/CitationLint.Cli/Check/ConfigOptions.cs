using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Cli.Check;

/// <summary>
/// Hands the analyzer and the compiler what an <see cref="AnalyzerConfigSet"/> says of each file, as
/// the compiler's own (internal) providers do: options per tree and per additional file, the
/// global section as <see cref="GlobalOptions"/>, and severities per tree and globally.
/// </summary>
internal sealed class ConfigOptions : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet set;
    private readonly Dictionary<string, AnalyzerConfigOptionsResult> byPath = new(StringComparer.Ordinal);
    private readonly object gate = new();

    public ConfigOptions(AnalyzerConfigSet set)
    {
        this.set = set;
        var global = set.GlobalConfigOptions;
        GlobalOptions = new Options(global.AnalyzerOptions);
        GlobalSeverities = global.TreeOptions;
        Severities = new TreeSeverities(this);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public ImmutableDictionary<string, ReportDiagnostic> GlobalSeverities { get; }

    public SyntaxTreeOptionsProvider Severities { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GetOptions(tree.FilePath);

    /// <summary>The options a tree of this path will have: what the prefilter reads before the file is parsed.</summary>
    public AnalyzerConfigOptions GetOptions(string path) => new Options(ResultFor(path).AnalyzerOptions);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ResultFor(textFile.Path).AnalyzerOptions);

    private AnalyzerConfigOptionsResult ResultFor(string path)
    {
        lock (gate)
        {
            if (!byPath.TryGetValue(path, out var result))
            {
                result = set.GetOptionsForSourcePath(path);
                byPath[path] = result;
            }

            return result;
        }
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> values;

        public Options(ImmutableDictionary<string, string> values) => this.values = values.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);

        /// <summary>The keys, as the compiler's options list them: the analyzer reports an unknown <c>citationlint.*</c> key (CITE009) only when it can read them.</summary>
        /// <remarks>The base class throws; the analyzer caught that on every read that collects problems.</remarks>
        public override IEnumerable<string> Keys => values.Keys;
    }

    /// <summary>Severities from <c>dotnet_diagnostic.ID.severity</c>, per tree and global; <c>generated_code</c>.</summary>
    private sealed class TreeSeverities : SyntaxTreeOptionsProvider
    {
        private readonly ConfigOptions owner;

        public TreeSeverities(ConfigOptions owner) => this.owner = owner;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var options = owner.ResultFor(tree.FilePath).AnalyzerOptions;
            if (options.TryGetValue("generated_code", out var value))
            {
                return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated;
            }

            return GeneratedKind.Unknown;
        }

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => owner.ResultFor(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            => owner.GlobalSeverities.TryGetValue(diagnosticId, out severity);
    }
}
