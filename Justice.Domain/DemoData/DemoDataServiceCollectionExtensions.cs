using Microsoft.Extensions.DependencyInjection;

namespace Justice.Domain.DemoData;

public static class DemoDataServiceCollectionExtensions
{
    /// <summary>Registers the generator and every area's contributor found in this assembly.</summary>
    public static IServiceCollection AddJusticeDemoData(this IServiceCollection services)
    {
        foreach (var type in typeof(IDemoDataContributor).Assembly.GetTypes()
                     .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IDemoDataContributor).IsAssignableFrom(t)))
            services.AddTransient(typeof(IDemoDataContributor), type);
        services.AddTransient<DemoDataGenerator>();
        return services;
    }
}
