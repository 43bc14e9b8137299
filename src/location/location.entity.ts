import { Field, Float, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../graphql/node';
import { LocationKind } from './location-kind';

/** A place from the gazetteer that an article or a quote names. */
@Entity('locations')
// By case-folded name, then id (the place list's order): an expression TypeORM cannot express.
@Index('locations_name_idx', { synchronize: false })
@Check('locations_kind_check', "kind IN ('COUNTRY', 'REGION', 'CITY', 'OTHER')")
@Check('locations_latitude_range', 'latitude BETWEEN -90 AND 90')
@Check('locations_longitude_range', 'longitude BETWEEN -180 AND 180')
@ObjectType('Location', {
  // Plain columns need no middleware: graphql-js reads them directly.
  simpleResolvers: true,
  implements: Node,
  description: 'A place named in articles, from a real gazetteer.',
})
export class Location {
  get graphqlTypeName(): string {
    return 'Location';
  }

  @PrimaryGeneratedColumn()
  id!: number;

  @Column('text')
  @Field(() => String, { description: 'Canonical English name, e.g. "Gomel Region".' })
  name!: string;

  @Index('locations_slug_key', { unique: true })
  @Column('text')
  @Field(() => String, { description: 'URL-safe unique name, e.g. "gomel-region-by".' })
  slug!: string;

  @Column('text')
  @Field(() => LocationKind, { description: 'Country, region, city or other.' })
  kind!: LocationKind;

  @Column('text', { nullable: true })
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of its country.' })
  countryCode!: string | null;

  @Column('double precision', { nullable: true })
  @Field(() => Float, { nullable: true, description: 'Latitude in degrees (WGS 84).' })
  latitude!: number | null;

  @Column('double precision', { nullable: true })
  @Field(() => Float, { nullable: true, description: 'Longitude in degrees (WGS 84).' })
  longitude!: number | null;

  /** Population from the gazetteer; ranks ambiguous names. */
  @Column('integer', { nullable: true })
  population!: number | null;

  @Index('locations_parent_id_idx')
  @Column('integer', { nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Location, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Location;
}
