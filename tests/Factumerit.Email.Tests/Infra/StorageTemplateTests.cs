namespace Factumerit.Email.Tests.Infra;

public sealed class StorageTemplateTests
{
    [Fact]
    public void Storage_account_refuses_shared_keys_old_tls_and_public_blobs()
    {
        var properties = InfraTemplates.SingleResource("Microsoft.Storage/storageAccounts").Body.Object("properties");

        Assert.Equal("false", properties.Value("allowSharedKeyAccess"));
        Assert.Equal("TLS1_2", properties.Text("minimumTlsVersion"));
        Assert.Equal("false", properties.Value("allowBlobPublicAccess"));
        Assert.Equal("true", properties.Value("supportsHttpsTrafficOnly"));
    }

    [Theory]
    [InlineData("queueNames", "inbound")]
    [InlineData("queueNames", "outbound")]
    [InlineData("queueNames", "timers")]
    [InlineData("tableNames", "Schedules")]
    public void Default_queues_and_tables_include_what_the_app_needs(string parameter, string name)
    {
        var defaults = InfraTemplates.LoadMain().Single("param", parameter).Value!;
        var items = defaults.Trim('[', ']').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(BicepValue.Unquote);

        Assert.Contains(name, items);
    }

    [Fact]
    public void Every_queue_gets_a_poison_twin_and_every_table_is_created()
    {
        var storage = BicepDocument.Load("infra/modules/storage.bicep");
        var queueLoops = storage.ResourcesOfType("Microsoft.Storage/storageAccounts/queueServices/queues").ToList();
        var tableLoops = storage.ResourcesOfType("Microsoft.Storage/storageAccounts/tableServices/tables").ToList();

        Assert.All(queueLoops, q => Assert.StartsWith("[for name in queueNames:", q.Value, StringComparison.Ordinal));
        Assert.Contains(queueLoops, q => q.Body.Text("name") == "name");
        Assert.Contains(queueLoops, q => q.Body.Text("name") == "${name}-poison");
        Assert.Contains(tableLoops, t => t.Value!.StartsWith("[for name in tableNames:", StringComparison.Ordinal));
    }

    [Fact]
    public void Key_vault_authorizes_with_azure_rbac_only()
    {
        var properties = InfraTemplates.SingleResource("Microsoft.KeyVault/vaults").Body.Object("properties");

        Assert.Equal("true", properties.Value("enableRbacAuthorization"));
        Assert.False(properties.Has("accessPolicies"));
    }
}
