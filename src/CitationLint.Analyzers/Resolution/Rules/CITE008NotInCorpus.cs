using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

// CITE008: a paper outside the corpus, at a weak site or at a strong site that carries its own identifier (DESIGN 3a.3).
internal sealed partial class CitationResolver
{
    private static Finding NotInCorpus(TextSpan span, string written) => new(Rules.NotInCorpus, span, new object[] { written });
}
