using Factumerit.Email.Cli;

return await CliApplication.CreateRootCommand().Parse(args).InvokeAsync();
