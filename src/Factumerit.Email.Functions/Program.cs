using Factumerit.Email.Functions.Functions;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Functions.Hosting.FunctionJson;
using Factumerit.Email.Functions.Telemetry;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Scheduler;

if (args is ["generate-function-json", var directory])
{
    var written = FunctionJsonGenerator.Write(FunctionCatalog.BuildRegistry(), directory);
    Console.WriteLine($"Wrote {written.Count} function.json files to {Path.GetFullPath(directory)}.");
    return 0;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEmailStorage(builder.Configuration);
builder.Services.AddDurableScheduler();
builder.Services.AddFunctionHost();
builder.Services.AddEmailTelemetry(builder.Configuration);
FunctionCatalog.Register(builder.Services);

var app = builder.Build();
app.MapFunctionHost();
app.Run();
return 0;

/// <summary>Entry point marker for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
