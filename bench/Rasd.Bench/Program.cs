using BenchmarkDotNet.Running;
using Rasd.Bench;

// `throughput PATH...` runs the whole-corpus measurement, `search-bench PATH...` the search one; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput")
{
    return Throughput.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "search-bench")
{
    return SearchBench.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;
