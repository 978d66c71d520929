using Factumerit.Email.Tests.Routing;

namespace Factumerit.Email.Tests.Cli;

public sealed class RoutesCommandsTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("routes-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string yaml)
    {
        var path = Path.Combine(_dir.FullName, "email_routing.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public async Task Validate_prints_a_table_of_the_default_routes_and_exits_0()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("routes", "validate", RepositoryFiles.DefaultRoutingFile);

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        foreach (var route in new[] { "support", "eis", "onboard", "triage", "digest", "help", "admin", "noreply" })
        {
            Assert.Matches($@"│ {route}\s+│", output);
        }

        Assert.Contains("8 route(s) in ", output, StringComparison.Ordinal);
        Assert.Contains("domains: factumerit.app", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_prints_each_error_with_file_line_and_column_and_exits_1()
    {
        var path = Write("routes:\n  support:\n    action: reply\n  admin:\n    action: forward\n    forward_to: nobody\n");

        var (exitCode, output, _) = await CliRunner.RunAsync("routes", "validate", path);

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
        [
            $"{path}:3:13: route 'support': action 'reply' is not one of ai, forward, drop",
            $"{path}:6:17: route 'admin': forward_to 'nobody' is not a valid email address",
            $"2 error(s) in {path}",
        ], lines);
    }

    [Fact]
    public async Task Validate_reports_errors_under_the_path_as_typed()
    {
        var path = Write("routes:\n  eis:\n    action: ai\n");
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

        var (exitCode, output, _) = await CliRunner.RunAsync("routes", "validate", relative);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{relative}:2:3: route 'eis': missing 'handler'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_a_missing_file_exits_2()
    {
        var missing = Path.Combine(_dir.FullName, "nope.yaml");

        var (exitCode, output, error) = await CliRunner.RunAsync("routes", "validate", missing);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains($"{missing}: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_without_a_file_is_a_usage_error()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("routes", "validate");

        Assert.NotEqual(0, exitCode);
        Assert.NotEmpty(error);
    }

    [Theory]
    [InlineData("Support+Order-7@Factumerit.App", "support+order-7@factumerit.app: route 'support' (LocalPart), action ai, support")]
    [InlineData("admin@factumerit.app", "admin@factumerit.app: route 'admin' (LocalPart), action forward, team@example.com")]
    public async Task Resolve_shows_the_route_a_recipient_takes(string address, string expected)
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("routes", "resolve", RepositoryFiles.DefaultRoutingFile, address);

        Assert.Equal(0, exitCode);
        Assert.Equal(expected, output.Trim());
    }

    [Fact]
    public async Task Resolve_of_an_unrouted_address_exits_1()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("routes", "resolve", RepositoryFiles.DefaultRoutingFile, "sales@factumerit.app");

        Assert.Equal(1, exitCode);
        Assert.Contains("no route", output, StringComparison.Ordinal);
    }
}
