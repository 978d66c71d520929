namespace Factumerit.Email.Functions.Hosting;

public static class FunctionRegistrationExtensions
{
    /// <summary>Registers a queue function: its definition, and its implementation keyed by function name.</summary>
    public static IServiceCollection AddQueueFunction<T>(this IServiceCollection services, string name, string queue)
        where T : class, IQueueFunction
    {
        services.AddSingleton(new FunctionDefinition(name, TriggerKind.Queue, Queue: queue));
        services.AddKeyedScoped<IQueueFunction, T>(name);
        return services;
    }

    /// <summary>Registers a timer function with a 6-field NCRONTAB schedule.</summary>
    public static IServiceCollection AddTimerFunction<T>(this IServiceCollection services, string name, string schedule)
        where T : class, ITimerFunction
    {
        services.AddSingleton(new FunctionDefinition(name, TriggerKind.Timer, Schedule: schedule));
        services.AddKeyedScoped<ITimerFunction, T>(name);
        return services;
    }

    /// <summary>Declares an HTTP function; its endpoint is mapped with minimal APIs under <c>/api/{route}</c>.</summary>
    public static IServiceCollection AddHttpFunction(this IServiceCollection services, string name, string route, params string[] methods)
    {
        services.AddSingleton(new FunctionDefinition(name, TriggerKind.Http, Route: route,
            Methods: methods.Select(m => m.ToLowerInvariant()).ToArray()));
        return services;
    }

    public static IServiceCollection AddFunctionRegistry(this IServiceCollection services)
    {
        services.AddSingleton(sp => new FunctionRegistry(sp.GetServices<FunctionDefinition>()));
        return services;
    }
}
