using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CitationLint.Analyzers.Tests.Harness;

/// <summary>
/// The testing library's <see cref="DefaultVerifier"/>, with its failures raised as xunit assertion
/// failures. DefaultVerifier reports a failed check by throwing InvalidOperationException, which xunit
/// shows as a crash of the test rather than a failed assertion; every check here runs the default one
/// and turns only that exception, thrown by the check itself, into <see cref="Assert.Fail(string)"/>
/// with the same message (and the library's "Context:" lines that say which stage failed).
/// </summary>
public sealed class XunitVerifier : DefaultVerifier
{
    public XunitVerifier()
    {
    }

    private XunitVerifier(ImmutableStack<string> context)
        : base(context)
    {
    }

    public override void Empty<T>(string collectionName, IEnumerable<T> collection) => Check(() => base.Empty(collectionName, collection));

    public override void NotEmpty<T>(string collectionName, IEnumerable<T> collection) => Check(() => base.NotEmpty(collectionName, collection));

    public override void LanguageIsSupported(string language) => Check(() => base.LanguageIsSupported(language));

    public override void Equal<T>(T expected, T actual, string? message = null) => Check(() => base.Equal(expected, actual, message));

    public override void True([DoesNotReturnIf(false)] bool assert, string? message = null)
    {
        if (!assert)
        {
            Assert.Fail(CreateMessage(message ?? "Expected value to be 'true' but was 'false'"));
        }
    }

    public override void False([DoesNotReturnIf(true)] bool assert, string? message = null)
    {
        if (assert)
        {
            Assert.Fail(CreateMessage(message ?? "Expected value to be 'false' but was 'true'"));
        }
    }

    [DoesNotReturn]
    public override void Fail(string? message = null)
    {
        Assert.Fail(CreateMessage(message ?? "Verification failed for an unspecified reason."));
    }

    public override void SequenceEqual<T>(IEnumerable<T> expected, IEnumerable<T> actual, IEqualityComparer<T>? equalityComparer = null, string? message = null)
        => Check(() => base.SequenceEqual(expected, actual, equalityComparer, message));

    public override IVerifier PushContext(string context) => new XunitVerifier(Context.Push(context));

    private static void Check(Action check)
    {
        try
        {
            check();
        }
        catch (InvalidOperationException e)
        {
            Assert.Fail(e.Message);
        }
    }
}
