using Factumerit.Email.Functions.Api;
using Factumerit.Email.Functions.Functions;
using Factumerit.Email.Functions.Functions.Assistant;
using Factumerit.Email.Functions.Functions.Assistant.Drafting;
using Factumerit.Email.Functions.Functions.Digest;
using Factumerit.Email.Functions.Functions.Inbound;
using Factumerit.Email.Functions.Functions.Recruiting;
using Factumerit.Email.Functions.Functions.Triage;
using Factumerit.Email.Functions.Hosting;
using Factumerit.Email.Functions.Hosting.FunctionJson;
using Factumerit.Email.Functions.Telemetry;
using Factumerit.Email.Functions.Webhooks;
using Factumerit.Email.Personas;
using Factumerit.Email.Providers.Gmail;
using Factumerit.Email.Providers.Llm;
using Factumerit.Email.Providers.Resend;
using Factumerit.Email.Providers.Vikunja;
using Factumerit.Email.Storage;
using Factumerit.Email.Storage.Scheduler;
using Factumerit.Email.Storage.Stores.Personas;
using Factumerit.Email.Storage.Stores.Triage;
using Factumerit.Email.Triage;

if (args is ["generate-function-json", var directory])
{
    // The deployment's settings come from the environment (Assistant__Storage__QueuePrefix), as the host reads them.
    var settings = new ConfigurationBuilder().AddEnvironmentVariables().Build();
    var written = FunctionJsonGenerator.Write(FunctionCatalog.BuildRegistry(settings), directory);
    Console.WriteLine($"Wrote {written.Count} function.json files to {Path.GetFullPath(directory)}.");
    return 0;
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEmailStorage(builder.Configuration);
builder.Services.AddDurableScheduler();
builder.Services.AddResend(builder.Configuration);
builder.Services.AddLlm(builder.Configuration);
builder.Services.AddPersonaPipeline();
builder.Services.AddPersonaHandlers();
builder.Services.AddPersonaHandlerStores();
builder.Services.AddVikunjaTasks(builder.Configuration);
builder.Services.AddFunctionHost();
builder.Services.AddGmail(builder.Configuration);
builder.Services.AddGmailAssistantHost(builder.Configuration);
builder.Services.AddRecruitingHost(builder.Configuration);
builder.Services.AddTriageStore().AddTriage().AddTriageApi();
builder.Services.AddTriageOrganizeHost(builder.Configuration);
builder.Services.AddAssistantDrafting();
builder.Services.AddDigestHost();
builder.Services.AddEmailTelemetry(builder.Configuration);
FunctionCatalog.Register(builder.Services, builder.Configuration);

var app = builder.Build();
app.MapFunctionHost();
app.MapGmailAssistantEndpoints();
app.MapResendWebhook();
app.MapRecruitingEndpoints();
app.MapTriageOrganize();
app.MapDigestEndpoints();
app.MapTriageApiEndpoints();
app.Run();
return 0;

/// <summary>Entry point marker for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
