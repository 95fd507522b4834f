using System;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace CitationLint.Benchmarks;

/// <summary>
/// <c>--retained</c> prints the retained size of the built index per corpus size (no BenchmarkDotNet);
/// <c>--quick</c> times each analyzer pass once over the generated tree (no BenchmarkDotNet);
/// <c>--write-tree &lt;dir&gt;</c> writes the generated tree to a folder (for compare-peers.sh);
/// anything else goes to BenchmarkDotNet (<c>--filter '*'</c>, <c>--list flat</c>, ...).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (Array.IndexOf(args, "--retained") >= 0)
        {
            RetainedMemory.Run(Console.Out);
            return 0;
        }

        var write = Array.IndexOf(args, "--write-tree");
        if (write >= 0 && write + 1 < args.Length)
        {
            var dir = Path.GetFullPath(args[write + 1]);
            long bytes = 0;
            var files = RealisticSources.Create();
            foreach (var (path, text) in files)
            {
                var target = Path.Combine(dir, path.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
                bytes += new FileInfo(target).Length;
            }

            Console.WriteLine($"{files.Count} files, {bytes / 1e6:0.0} MB written to {dir}");
            return 0;
        }

        if (Array.IndexOf(args, "--quick") >= 0)
        {
            QuickRun.Run(Console.Out);
            return 0;
        }

        // Reports land next to this project (bin/<configuration>/<tfm>/ is three levels down), not in
        // whatever directory the run started from; --artifacts overrides.
        var artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "BenchmarkDotNet.Artifacts"));
        var config = DefaultConfig.Instance.WithArtifactsPath(artifacts);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
