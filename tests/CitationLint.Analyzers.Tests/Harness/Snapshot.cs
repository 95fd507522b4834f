using System.Runtime.CompilerServices;

namespace CitationLint.Analyzers.Tests.Harness;

/// <summary>
/// Snapshot checks with Verify's file convention: the expected text lives in
/// <c>Snapshots/&lt;name&gt;.verified.txt</c> beside the tests; a mismatch writes
/// <c>&lt;name&gt;.received.txt</c> next to it and fails. Accepting a change is renaming the file.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var dir = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        var verified = Path.Combine(dir, name + ".verified.txt");
        var received = Path.Combine(dir, name + ".received.txt");
        var normalized = actual.ReplaceLineEndings("\n");
        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == normalized)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        Directory.CreateDirectory(dir);
        File.WriteAllText(received, normalized);
        Assert.Fail(File.Exists(verified)
            ? $"snapshot '{name}' differs: compare {received} with {verified}"
            : $"snapshot '{name}' has no verified file yet: review {received} and rename it to {Path.GetFileName(verified)}");
    }
}
