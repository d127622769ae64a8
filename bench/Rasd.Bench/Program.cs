using BenchmarkDotNet.Running;
using Rasd.Bench;

// `throughput PATH...` runs the whole-corpus measurement; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput")
{
    return Throughput.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;
