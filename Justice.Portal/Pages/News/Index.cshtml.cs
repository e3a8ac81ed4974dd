using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.News;

/// <summary>/tin-tuc: page shell until its schema fields are merged (operation draft: <c>Index.News.pending.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel : PageModel
{
    public void OnGet() { }
}
