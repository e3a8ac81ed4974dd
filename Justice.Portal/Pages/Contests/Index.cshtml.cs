using Justice.Portal.Portal;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Justice.Portal.Pages.Contests;

/// <summary>/thi-truc-tuyen: page shell until its schema fields are merged (operation draft: <c>Index.Contests.pending.graphql</c>).</summary>
[OutputCache(PolicyName = AnonymousPagePolicy.Name)]
public sealed class IndexModel : PageModel
{
    public void OnGet() { }
}
