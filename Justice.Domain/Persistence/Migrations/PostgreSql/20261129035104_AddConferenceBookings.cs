using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Justice.Domain.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AddConferenceBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConferenceChange",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    EndpointIds = table.Column<string>(type: "text", maxLength: 500, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConferenceChange", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConferenceChange_Day_Sequence",
                table: "ConferenceChange",
                columns: new[] { "Day", "Sequence" });

            // The database itself refuses a double booking: two rows holding one endpoint over overlapping times
            // (half-open ranges, so back-to-back meetings are fine) cannot both be committed, whoever wins the race.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE "MeetingParticipation" ADD CONSTRAINT "EX_MeetingParticipation_EndpointTime"
                EXCLUDE USING gist ("EndpointId" WITH =, tstzrange("Start", "End", '[)') WITH &&) WHERE (NOT "IsReleased");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "MeetingParticipation" DROP CONSTRAINT IF EXISTS "EX_MeetingParticipation_EndpointTime";""");

            migrationBuilder.DropTable(
                name: "ConferenceChange");
        }
    }
}
