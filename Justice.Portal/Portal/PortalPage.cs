namespace Justice.Portal.Portal;

/// <summary>
/// Injected into every view as <c>L</c> (see <c>_ViewImports</c>): the language and a bilingual text helper, so
/// views read <c>@L.T("Văn bản", "Documents")</c>. Formatting helpers come from <see cref="PortalFormat"/>.
/// </summary>
public sealed class PortalText(IHttpContextAccessor accessor)
{
    public string Lang => accessor.HttpContext is { } http ? PortalLanguage.Current(http) : "vi";
    public bool English => Lang == "en";
    public string T(string vietnamese, string english) => English ? english : vietnamese;
}
