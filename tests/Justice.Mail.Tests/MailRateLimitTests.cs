using Justice.Domain.Mail;
using Justice.Domain.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Justice.Mail.Tests;

public sealed class MailRateLimitTests
{
    [Theory, BothProviders]
    public async Task A_recipient_domain_over_its_limit_waits_for_the_next_minute_without_losing_attempts(DatabaseProvider provider)
    {
        await using var h = await MailHarness.CreateAsync(provider, o => o.RateLimits["slow.example.vn"] = 3);
        var slow = new List<OutgoingEmail>();
        for (var i = 0; i < 5; i++) slow.Add(await h.EnqueueAsync(MailHarness.Draft(i, $"user{i}@slow.example.vn")));
        var fast = new List<OutgoingEmail>();
        for (var i = 0; i < 4; i++) fast.Add(await h.EnqueueAsync(MailHarness.Draft(10 + i, $"user{i}@fast.example.vn")));

        var first = await h.Dispatcher().DispatchDueAsync();

        Assert.Equal(new MailDispatchResult(7, 7, 0, 0, 2), first);
        Assert.Equal(3, h.Smtp.Received.Count(r => r.EnvelopeTo.Single().EndsWith("@slow.example.vn")));
        Assert.Equal(4, h.Smtp.Received.Count(r => r.EnvelopeTo.Single().EndsWith("@fast.example.vn")));
        var waiting = new List<OutgoingEmail>();
        foreach (var email in slow) waiting.Add(await h.LoadAsync(email.Id));
        waiting = waiting.Where(e => e.Status != OutgoingEmailStatus.Sent).ToList();
        Assert.Equal(2, waiting.Count);
        foreach (var email in waiting)
        {
            // Still queued, no attempt spent, due when the first minute's sends leave the window.
            Assert.Equal(OutgoingEmailStatus.Queued, email.Status);
            Assert.Equal(0, email.Attempts);
            Assert.Equal(h.Clock.UtcNow.AddMinutes(1), email.NextAttemptAt);
        }

        // Thirty seconds on: still over the limit, nothing is claimed.
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(MailDispatchResult.None, await h.Dispatcher().DispatchDueAsync());

        h.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(new MailDispatchResult(2, 2, 0, 0), await h.Dispatcher().DispatchDueAsync());
        Assert.Equal(9, h.Smtp.Received.Count);
        Assert.Equal(9, h.Smtp.Received.Select(r => r.Message.MessageId).Distinct().Count());
        foreach (var email in waiting) Assert.Equal(1, (await h.LoadAsync(email.Id)).Attempts);
    }

    [Fact]
    public async Task A_message_to_several_domains_waits_for_the_strictest_one_and_others_are_not_affected()
    {
        await using var h = await MailHarness.CreateAsync(DatabaseProvider.Sqlite, o =>
        {
            o.RateLimits["a.example.vn"] = 1;
            o.RateLimits["b.example.vn"] = 2;
        });
        var first = await h.EnqueueAsync(MailHarness.Draft(1, "x@a.example.vn", "y@b.example.vn"));
        h.Clock.Advance(TimeSpan.FromSeconds(20));
        var second = await h.EnqueueAsync(MailHarness.Draft(2, "z@b.example.vn", "w@a.example.vn"));
        // A look-alike domain is not the limited one.
        var other = await h.EnqueueAsync(MailHarness.Draft(3, "v@xa.example.vn"));

        Assert.Equal(new MailDispatchResult(2, 2, 0, 0, 1), await h.Dispatcher().DispatchDueAsync());
        Assert.Equal(OutgoingEmailStatus.Sent, (await h.LoadAsync(first.Id)).Status);
        Assert.Equal(OutgoingEmailStatus.Sent, (await h.LoadAsync(other.Id)).Status);
        var deferred = await h.LoadAsync(second.Id);
        Assert.Equal(OutgoingEmailStatus.Queued, deferred.Status);
        Assert.Equal(h.Clock.UtcNow.AddMinutes(1), deferred.NextAttemptAt);

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new MailDispatchResult(1, 1, 0, 0), await h.Dispatcher().DispatchDueAsync());
        Assert.Equal(3, h.Smtp.Received.Count);
    }

    [Fact]
    public void Rate_limits_are_read_from_configuration_and_must_be_positive()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:RateLimits:gmail.com"] = "100",
            ["Mail:RateLimits:yahoo.com"] = "20",
        }).Build();
        var services = new ServiceCollection();
        services.AddJusticeMail(configuration, "/tmp/unused");
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<MailOptions>();
        Assert.Equal(100, options.RateLimits["GMAIL.com"]);
        Assert.Equal(20, options.RateLimits["yahoo.com"]);

        var bad = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Mail:RateLimits:gmail.com"] = "0" }).Build();
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddJusticeMail(bad, "/tmp/unused"));
    }
}
