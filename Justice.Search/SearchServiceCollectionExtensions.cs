using Justice.Domain.Persistence;
using Justice.Search.Documents;
using Justice.Search.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Justice.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The search indexes under <c>search/</c> in <paramref name="dataPath"/> (<see cref="SearchIndexHost"/>), the
    /// document and article searches over them, the statute import and, unless <c>Search:SyncEnabled</c> is false,
    /// the background sync that rebuilds a missing index and applies the outbox. Needs <c>AddJusticeDomain</c>.
    /// </summary>
    public static IServiceCollection AddJusticeSearch(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var options = configuration.GetSection(SearchOptions.SectionName).Get<SearchOptions>() ?? new SearchOptions();
        services.AddSingleton(options);
        services.AddSingleton(sp =>
        {
            var database = sp.GetRequiredService<DatabaseOptions>();
            var connectionString = database.ResolveConnectionString(dataPath);
            return new SearchDatabase(() => JusticeDomainServiceCollectionExtensions.CreateContext(database.Provider, connectionString));
        });
        services.AddSingleton(sp => new SearchIndexHost(options.IndexPath ?? Path.Combine(dataPath, "search"), sp.GetRequiredService<ILogger<SearchIndexHost>>()));
        services.AddSingleton<LegalDocumentSearch>(sp => sp.GetRequiredService<SearchIndexHost>().Documents);
        services.AddSingleton<LegalArticleSearch>(sp => sp.GetRequiredService<SearchIndexHost>().Articles);
        services.AddSingleton<SearchIndexSync>();
        services.AddSingleton<StatuteImport>();
        if (options.SyncEnabled)
            services.AddHostedService(sp => sp.GetRequiredService<SearchIndexSync>());
        return services;
    }
}
