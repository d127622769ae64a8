using Rasd.Cli;

return await RasdCommandLine.Build().Parse(args).InvokeAsync();
