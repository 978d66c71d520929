var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => Results.Ok());
app.Run();

/// <summary>Entry point marker for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
