using System.Text.RegularExpressions;

namespace Factumerit.Email.Tests.Infra;

public sealed partial class AppSettingsTemplateTests
{
    private static readonly IReadOnlyDictionary<string, string> Settings = AppSettingsReader.Read();

    [Fact]
    public void Host_storage_is_reached_by_managed_identity()
    {
        Assert.True(Settings.ContainsKey("AzureWebJobsStorage__accountName"));
        Assert.Equal("managedidentity", BicepValue.Unquote(Settings["AzureWebJobsStorage__credential"]));
        Assert.False(Settings.ContainsKey("AzureWebJobsStorage"), "A plain AzureWebJobsStorage would be a key-based connection string.");
    }

    [Fact]
    public void Application_insights_ingestion_is_entra_authenticated()
    {
        Assert.True(Settings.ContainsKey("APPLICATIONINSIGHTS_CONNECTION_STRING"));
        Assert.Equal("Authorization=AAD", BicepValue.Unquote(Settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]));
    }

    [Theory]
    [InlineData("Resend__ApiKey")]
    [InlineData("Resend__WebhookSecret")]
    [InlineData("Llm__ApiKey")]
    [InlineData("Gmail__ClientSecret")]
    [InlineData("Gmail__RefreshToken")]
    [InlineData("Admin__ApiKey")]
    [InlineData("Digest__LinkSecret")]
    public void Secrets_are_key_vault_references(string name)
    {
        Assert.True(Settings.TryGetValue(name, out var raw), $"The template never sets {name}.");
        Assert.Matches(KeyVaultReference(), BicepValue.Unquote(raw));
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_WORKER_RUNTIME_VERSION")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    [InlineData("WEBSITE_TIME_ZONE")]
    [InlineData("TZ")]
    [InlineData("WEBSITE_CONTENTSHARE")]
    [InlineData("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    [InlineData("WEBSITE_NODE_DEFAULT_VERSION")]
    [InlineData("SCM_DO_BUILD_DURING_DEPLOYMENT")]
    [InlineData("ENABLE_ORYX_BUILD")]
    [InlineData("WEBSITE_MAX_DYNAMIC_APPLICATION_SCALE_OUT")]
    [InlineData("FUNCTIONS_MAX_HTTP_CONCURRENCY")]
    [InlineData("AzureWebJobsDashboard")]
    public void No_setting_that_flex_consumption_rejects_or_ignores(string name)
    {
        Assert.False(Settings.ContainsKey(name), $"{name} is not supported on Flex Consumption.");
    }

    [Fact]
    public void Every_setting_in_the_readme_configuration_table_can_be_set()
    {
        var hostProvided = new[] { "AzureWebJobsStorage", "FUNCTIONS_CUSTOMHANDLER_PORT" };

        var missing = DocumentedSettings.Read().Except(hostProvided).Where(n => !Settings.ContainsKey(n)).ToList();

        Assert.True(missing.Count == 0, "Documented but never set by infra/: " + string.Join(", ", missing));
    }

    [Fact]
    public void No_template_handles_storage_account_keys()
    {
        foreach (var doc in InfraTemplates.All())
        {
            var text = RepoFiles.Read(doc.RelativePath);
            Assert.DoesNotContain("listKeys(", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("AccountKey=", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    // Versionless (trailing slash) or versioned secret URI under the deployed vault's URI.
    [GeneratedRegex(@"^@Microsoft\.KeyVault\(SecretUri=\$\{[A-Za-z]+\}secrets/[a-z0-9-]+/([0-9a-f]{32})?\)$")]
    private static partial Regex KeyVaultReference();
}
