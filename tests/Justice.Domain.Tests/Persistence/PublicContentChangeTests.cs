using Justice.Domain.Common;
using Justice.Domain.PortalContent;
using Justice.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Domain.Tests.Persistence;

/// <summary>Cached public pages are evicted from what the database saw saved, whichever path the change took.</summary>
public class PublicContentChangeTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 3, 0, 0, DateTimeKind.Utc);

    [Theory, BothProviders]
    public async Task A_saved_change_to_public_content_is_announced_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (services, listener) = Services(database);
        await using var _ = services;

        var article = new NewsArticle("Hội nghị tổng kết công tác tư pháp", "Tóm tắt", "Nội dung", NewsCategory.News, "Văn phòng Bộ", Now);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
            db.Add(article);
            await db.SaveChangesAsync();
        }
        Assert.Equal(1, listener.Changes);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
            var stored = await db.Set<NewsArticle>().SingleAsync(a => a.Id == article.Id);
            stored.Edit("Hội nghị tổng kết công tác tư pháp năm 2026", "Tóm tắt", "Nội dung");
            await db.SaveChangesAsync();
            await db.SaveChangesAsync(); // nothing left to save: nothing to announce
        }
        Assert.Equal(2, listener.Changes);
    }

    [Theory, BothProviders]
    public async Task A_question_not_yet_published_changes_no_public_page(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (services, listener) = Services(database);
        await using var _ = services;

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        db.Add(new LegalQuestion("Nguyễn Thị Hoa", "hoa@example.vn", LegalField.CivilStatus, "Đăng ký khai sinh muộn",
            "Con tôi 7 tuổi chưa được khai sinh, thủ tục thế nào?", Now, "HDPL-2026-0000ABCD"));
        await db.SaveChangesAsync();

        Assert.Equal(0, listener.Changes);
    }

    [Theory, BothProviders]
    public async Task Inside_a_transaction_the_change_is_announced_at_commit_and_not_after_a_rollback(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (services, listener) = Services(database);
        await using var _ = services;

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JusticeDbContext>();
        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            db.Add(new NewsArticle("Tin sẽ bị huỷ", "Tóm tắt", "Nội dung", NewsCategory.News, "Văn phòng Bộ", Now));
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }
        Assert.Equal(0, listener.Changes);

        db.ChangeTracker.Clear();
        await using var committed = await db.Database.BeginTransactionAsync();
        db.Add(new NewsArticle("Tin được đăng", "Tóm tắt", "Nội dung", NewsCategory.Directive, "Văn phòng Bộ", Now));
        await db.SaveChangesAsync();
        Assert.Equal(0, listener.Changes);
        await committed.CommitAsync();
        Assert.Equal(1, listener.Changes);
    }

    private static (ServiceProvider Services, CountingListener Listener) Services(TestDatabase database)
    {
        var listener = new CountingListener();
        var services = new ServiceCollection()
            .AddSingleton<IPublicContentListener>(listener)
            .AddJusticeDomain(new DatabaseOptions { Provider = database.Provider, ConnectionString = database.ConnectionString },
                Path.GetTempPath())
            .BuildServiceProvider();
        return (services, listener);
    }

    private sealed class CountingListener : IPublicContentListener
    {
        private int changes;
        public int Changes => Volatile.Read(ref changes);

        public ValueTask PublicContentChangedAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref changes);
            return ValueTask.CompletedTask;
        }
    }
}
