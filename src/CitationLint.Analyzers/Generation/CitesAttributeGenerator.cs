using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Generation;

/// <summary>
/// Adds <c>CitationLint.CitesAttribute</c> to the consuming compilation as internal source, so that
/// <c>[Cites]</c> compiles however the package was added (<c>dotnet add package</c> writes
/// <c>IncludeAssets</c> without <c>compile</c> for a development dependency, which drops any
/// <c>lib/</c> assembly). Nothing of it reaches the built assembly but an internal, embedded type.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CitesAttributeGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static c => c.AddSource(CitesAttributeSource.HintName, SourceText.From(CitesAttributeSource.Text, System.Text.Encoding.UTF8)));

        // PERF: a bool per compilation, so the output is cached until the answer changes. Another
        // generator's EmbeddedAttribute cannot be seen from here; a project's own one can, and wins.
        var declaresEmbedded = context.CompilationProvider.Select(static (compilation, _) =>
            compilation.Assembly.GetTypeByMetadataName("Microsoft.CodeAnalysis.EmbeddedAttribute") is not null);
        context.RegisterSourceOutput(declaresEmbedded, static (c, declared) =>
        {
            if (!declared)
            {
                c.AddSource(CitesAttributeSource.EmbeddedHintName, SourceText.From(CitesAttributeSource.EmbeddedText, System.Text.Encoding.UTF8));
            }
        });
    }
}
