using System.Text.RegularExpressions;

namespace Factumerit.Email.Tests.Infra;

public sealed partial class RoleAssignmentTemplateTests
{
    private const string RbacPath = "infra/modules/rbac.bicep";

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts")] // Storage Table Data Contributor
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components")] // Monitoring Metrics Publisher
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults")] // Key Vault Secrets User
    public void Function_app_identity_holds_the_role_on_the_right_resource(string roleId, string scopeType)
    {
        var rbac = BicepDocument.Load(RbacPath);

        var matches = rbac.ResourcesOfType("Microsoft.Authorization/roleAssignments")
            .Where(a => RoleIdOf(rbac, a) == roleId && a.Body.Object("properties").Value("principalId") == "principalId")
            .ToList();

        var assignment = Assert.Single(matches);
        Assert.Null(assignment.Condition);
        var scope = rbac.Resources.Single(r => r.Name == assignment.Body.Value("scope"));
        Assert.Equal(scopeType, scope.ResourceType);
        Assert.Equal("ServicePrincipal", assignment.Body.Object("properties").Text("principalType"));

        // The name must be deterministic per scope, principal and role, or redeploys collide or duplicate.
        var roleVar = RoleDefinitionArgument(assignment);
        Assert.Equal($"guid({scope.Name}.id, principalId, {roleVar})", assignment.Body.Value("name"));
    }

    [Fact]
    public void Role_module_is_given_the_function_apps_own_identity()
    {
        var main = InfraTemplates.LoadMain();
        var rbacModule = main.Modules.Single(m => InfraTemplates.ModulePath(main, m) == RbacPath);
        var appModule = main.Modules.Single(m => InfraTemplates.ModulePath(main, m) == "infra/modules/functionapp.bicep");
        var appDoc = BicepDocument.Load("infra/modules/functionapp.bicep");
        var site = appDoc.ResourcesOfType("Microsoft.Web/sites").Single();

        Assert.Equal($"{appModule.Name}.outputs.principalId", rbacModule.Body.Object("params").Value("principalId"));
        Assert.Equal($"{site.Name}.identity.principalId", appDoc.Single("output", "principalId").Value);
    }

    private static string? RoleIdOf(BicepDocument doc, BicepStatement assignment)
    {
        var argument = RoleDefinitionArgument(assignment);
        var literal = doc.Var(argument)?.Value ?? argument;
        return BicepValue.Unquote(literal);
    }

    private static string RoleDefinitionArgument(BicepStatement assignment)
    {
        var expression = assignment.Body.Object("properties").Value("roleDefinitionId")!;
        var m = RoleDefinitionCall().Match(expression);
        Assert.True(m.Success, $"roleDefinitionId should be a subscription-level role definition id: {expression}");
        return m.Groups["arg"].Value.Trim();
    }

    [GeneratedRegex(@"^subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions',\s*(?<arg>[^)]+)\)$")]
    private static partial Regex RoleDefinitionCall();
}
