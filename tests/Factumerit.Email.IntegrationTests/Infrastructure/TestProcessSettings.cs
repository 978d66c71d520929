using System.Runtime.CompilerServices;

namespace Factumerit.Email.IntegrationTests.Infrastructure;

internal static class TestProcessSettings
{
    /// <summary>
    /// The suite starts many hosts in one process. Each would watch its appsettings files through inotify, and
    /// Linux allows a user only 128 inotify instances by default, so hosts here neither reload configuration on
    /// change nor use inotify for the file watchers they still create.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }
}
