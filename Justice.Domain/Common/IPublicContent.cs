namespace Justice.Domain.Common;

/// <summary>
/// Marks what anonymous visitors see on the portal (documents, the Code, news, answered questions, auction notices…).
/// A saved change to such an entity makes cached public pages stale: see <c>PublicContentChangeInterceptor</c>.
/// </summary>
public interface IPublicContent
{
    /// <summary>False for what is stored but not yet shown (a question not yet published): adding it changes no page.</summary>
    bool VisibleToPublic => true;
}

/// <summary>Told after a change to public content is committed (for example, to evict cached pages).</summary>
public interface IPublicContentListener
{
    ValueTask PublicContentChangedAsync(CancellationToken cancellationToken);
}
