using System.ClientModel.Primitives;
using Azure.Core;
using Factumerit.Email.Llm;
using OpenAI;
using OpenAI.Chat;

namespace Factumerit.Email.Providers.Llm;

/// <summary>
/// One <see cref="ChatClient"/> per configured model, built once: each owns an HTTP pipeline whose connections
/// and token cache must be reused across calls.
/// </summary>
internal sealed class LlmChatClients
{
    private readonly LlmOptions _options;
    private readonly Dictionary<string, ChatClient> _clients = new(StringComparer.Ordinal);

    /// <param name="transport">Replaces the HTTP transport; for tests that stub the wire.</param>
    public LlmChatClients(LlmOptions options, TimeProvider timeProvider, TokenCredential? credential,
        PipelineTransport? transport = null)
    {
        _options = options;
        if (!options.IsEnabled)
        {
            return;
        }

        var create = LlmAuthentication.ClientFactory(options, credential);
        foreach (var useCase in Enum.GetValues<LlmUseCase>())
        {
            var model = options.ModelFor(useCase);
            if (!_clients.ContainsKey(model))
            {
                _clients[model] = create(model, CreateClientOptions(options, timeProvider, transport));
            }
        }
    }

    public bool IsEnabled => _options.IsEnabled;

    public string ModelFor(LlmUseCase useCase) => _options.ModelFor(useCase);

    public ChatClient For(LlmUseCase useCase) => _clients[ModelFor(useCase)];

    private static OpenAIClientOptions CreateClientOptions(LlmOptions options, TimeProvider timeProvider,
        PipelineTransport? transport)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.GetEndpointUri(),
            RetryPolicy = new TimeProviderRetryPolicy(options.MaxRetries, timeProvider),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            UserAgentApplicationId = "factumerit-email",
            // Request and response bodies carry email text; they belong in the audit table, never in logs.
            ClientLoggingOptions = new ClientLoggingOptions { EnableMessageContentLogging = false },
        };
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }
        return clientOptions;
    }
}
