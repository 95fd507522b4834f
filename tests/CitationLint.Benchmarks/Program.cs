using System;
using BenchmarkDotNet.Running;

namespace CitationLint.Benchmarks;

/// <summary>
/// <c>--retained</c> prints the retained size of the built index per corpus size (no BenchmarkDotNet);
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
