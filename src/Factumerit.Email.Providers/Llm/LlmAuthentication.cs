using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.Core;
using Azure.Identity;
using OpenAI;
using OpenAI.Chat;

namespace Factumerit.Email.Providers.Llm;

/// <summary>Chooses how requests authenticate, from the options alone, and builds the client accordingly.</summary>
internal static class LlmAuthentication
{
    /// <summary>The Entra scope Azure OpenAI accepts for data-plane calls.</summary>
    public const string AzureScope = "https://cognitiveservices.azure.com/.default";

    private static readonly string[] AzureHostSuffixes =
        [".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com"];

    /// <param name="credential">An application-wide credential if one is registered; else DefaultAzureCredential.</param>
    public static Func<string, OpenAIClientOptions, ChatClient> ClientFactory(LlmOptions options, TokenCredential? credential)
    {
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            // Sent as "Authorization: Bearer"; Azure's v1 endpoint accepts its key that way too.
            var key = new ApiKeyCredential(options.ApiKey.Trim());
            return (model, clientOptions) => new ChatClient(model, key, clientOptions);
        }

        AuthenticationPolicy policy = IsAzure(options.GetEndpointUri())
            ? new BearerTokenPolicy(credential ?? new DefaultAzureCredential(), AzureScope)
            : new NoAuthenticationPolicy();
        // The policy-taking constructor is marked experimental; it is the library's documented way to use Entra
        // tokens with Azure OpenAI v1, and the package version is pinned.
#pragma warning disable OPENAI001
        return (model, clientOptions) => new ChatClient(model, policy, clientOptions);
#pragma warning restore OPENAI001
    }

    public static bool IsAzure(Uri endpoint) =>
        AzureHostSuffixes.Any(s => endpoint.Host.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
