using System.Globalization;

namespace Justice.Domain.Common;

/// <summary>Money as people in Vietnam read it: whole đồng, dots between thousands, <c>1.250.000.000 ₫</c>.</summary>
public static class Vnd
{
    // Built by hand rather than from the vi-VN culture so the output does not depend on the host's ICU data.
    private static readonly NumberFormatInfo Format_ = new() { NumberGroupSeparator = ".", NumberDecimalDigits = 0, NegativeSign = "-" };

    public static string Format(long amount) => amount.ToString("N0", Format_) + " ₫";
}
